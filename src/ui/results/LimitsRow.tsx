import type { SystemEstimate } from '../../engine';
import { CANNOT_RUN } from '../../report/limitsText';

/**
 * The documented limits a system's workload runs into, under its row and always visible: what was
 * exceeded (both numbers), what to do instead, and the source with its date and grade.
 */
export function LimitsRow({
  estimate: e,
  sustained,
}: {
  readonly estimate: SystemEstimate;
  /** Sustained-traffic warnings: past the breakeven with a server at this traffic. */
  readonly sustained: readonly string[];
}) {
  const findings = [...(e.limits ?? [])].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'unable' ? -1 : 1,
  );
  if (findings.length === 0 && sustained.length === 0) return null;
  return (
    <tr className="limits-row" data-testid="limits-row" data-system={e.id}>
      <td colSpan={5}>
        <ul className="limits">
          {findings.map((f, i) => (
            // One check may trip in several components of an architecture: the message names each.
            <li key={`${i}:${f.check}`} className={`limit limit--${f.severity}`}>
              <strong>{f.severity === 'unable' ? `${e.name}: ${CANNOT_RUN}.` : 'Limit:'}</strong> {f.message}{' '}
              <span className="limit__instead">Instead: {f.instead}.</span>{' '}
              <a href={f.source.url} target="_blank" rel="noreferrer noopener">
                {f.source.title}
              </a>{' '}
              <span className="limit__date">
                ({f.source.dateShown === null ? 'undated' : `shown ${f.source.dateShown}`}, retrieved{' '}
                {f.source.retrieved}, {f.source.grade})
              </span>
            </li>
          ))}
          {sustained.map((text) => (
            <li key={text} className="limit limit--warning">
              {text}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
