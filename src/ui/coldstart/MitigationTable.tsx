import type { ColdStartReport } from '../../kinds/aws-lambda/coldstart';
import { mitigationCells, targetText } from '../../report/coldStartReport';

/** Each mitigation's monthly cost, its difference from on-demand and the latency it gives; the cheapest that meets the target marked. */
export function MitigationTable({ report }: { readonly report: ColdStartReport }) {
  return (
    <div className="table-scroll">
      <table className="results-table" data-testid={`cs-table-${report.systemId}`}>
        <caption>
          {report.systemName}: what meeting “{targetText(report)}” costs a month
        </caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col" className="num">
              Monthly
            </th>
            <th scope="col" className="num">
              vs on-demand
            </th>
            <th scope="col" className="num">
              Cold
            </th>
            <th scope="col" className="num">
              p99
            </th>
            <th scope="col">Meets target</th>
          </tr>
        </thead>
        <tbody>
          {report.mitigations.map((m) => {
            const c = mitigationCells(m);
            const best = m.id === report.cheapest;
            return (
              <tr key={m.id} className={best ? 'cheapest' : undefined} data-testid={`cs-${m.id}`}>
                <th scope="row">
                  {m.label}
                  {best ? <strong> — cheapest that meets the target</strong> : null}
                  {m.what ? <small className="muted"> {m.what}</small> : null}
                </th>
                <td className="num total">{c.monthly}</td>
                <td className="num">{c.extra}</td>
                <td className="num">{c.cold}</td>
                <td className="num">{c.p99}</td>
                <td>{c.meets}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
