import { memo, useState } from 'react';
import { pricedIn } from '../../report/pricedIn';
import { serverWarnings } from '../../report/serverWarnings';
import { useDerived, usePending } from '../AppContext';
import { useTypedDrafts } from '../fields/typedDrafts';
import { PricesChangedBanner } from '../prices/PricesChangedNotice';
import { count } from '../format';
import { ResultRows } from './ResultRows';
import { cheapestUsdOf } from './rowFigures';
import { useColdStartWarnings } from './useColdStartWarnings';

/**
 * Per system: the monthly total, the cost per million requests, the largest line and its share;
 * the cheapest marked; an "Explain" disclosure with every line's arithmetic and sources, and for an
 * architecture its components (cost and share of the bill).
 */
export function ResultsSection() {
  const { shown, stale: scenarioStale } = useDerived();
  // A box holding text that was not taken (not a number, out of its range) makes the figures stale too.
  const drafts = useTypedDrafts();
  const stale = scenarioStale || Object.keys(drafts).length > 0;
  // Busy while an edit is being priced: the figures are the previous inputs' until it lands.
  const pending = usePending();
  if (!shown)
    return (
      <section className="panel" aria-label="Monthly cost" aria-busy={pending}>
        <p>Nothing priced yet: fix the inputs marked in red.</p>
      </section>
    );
  return (
    <section
      className={`panel results${stale ? ' results--stale' : ''}`}
      aria-labelledby="results-heading"
      aria-busy={pending}
      data-testid="results"
    >
      <ResultsBody stale={stale} />
    </section>
  );
}

/** The table; memoized so that the busy mark, set as an input paints, does not redraw it. */
const ResultsBody = memo(function ResultsBody({ stale }: { readonly stale: boolean }) {
  const { shown } = useDerived();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const cold = useColdStartWarnings(shown);
  if (!shown) return null;
  const { analysis } = shown;
  // A system the platform cannot run is never the cheapest, whatever its lines sum to.
  const cheapestUsd = cheapestUsdOf(analysis);
  const sustained = [...serverWarnings(analysis), ...(cold.state === 'ready' ? cold.warnings : [])];
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <>
      <h2 id="results-heading">Monthly cost</h2>
      <PricesChangedBanner />
      {stale && (
        <p className="notice notice--warn" role="status" data-testid="stale-notice">
          Showing the last valid result: the inputs marked in red have a problem.
        </p>
      )}
      {cold.state !== 'ready' && (
        <p className="notice" role="status" data-testid="coldstart-warnings-pending">
          {cold.state === 'loading'
            ? 'Checking the cold starts against the latency target…'
            : 'The cold-start check could not load (offline?): no latency-target warnings are shown.'}
        </p>
      )}
      <div className="table-scroll">
        <table className="results-table" data-testid="results-table">
          <caption>
            At <span data-testid="results-traffic">{count(analysis.requestsPerMonth)}</span> requests/month,{' '}
            <span data-testid="results-region">{pricedIn(shown.book)}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">System</th>
              <th scope="col" className="num">
                Monthly
              </th>
              <th scope="col" className="num">
                Per 1M requests
              </th>
              <th scope="col">Largest line</th>
              <th scope="col">
                <span className="visually-hidden">Explain</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {analysis.estimates.map((e, i) => (
              <ResultRows
                key={e.id}
                estimate={e}
                first={i === 0}
                cheapestUsd={cheapestUsd}
                sustained={sustained.filter((w) => w.id === e.id).map((w) => w.text)}
                open={open}
                toggle={toggle}
              />
            ))}
            {analysis.unpriced.map((u) => (
              <tr key={u.id} data-testid="unpriced-row" data-system={u.id} className="unpriced">
                <th scope="row">{u.name}</th>
                <td colSpan={4} className="unpriced__why">
                  Not priced: {u.message}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
});
