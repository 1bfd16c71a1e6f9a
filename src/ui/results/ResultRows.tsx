import { type SystemEstimate, cannotRun, worstGrade } from '../../engine';
import { CANNOT_RUN } from '../../report/limitsText';
import { perMillion } from '../../report/perMillion';
import { USER_LOCALE, percent, usd } from '../format';
import { grossOf, shareOf } from './billShares';
import { LineItems } from './LineItems';
import { LimitsRow } from './LimitsRow';

type Props = {
  readonly estimate: SystemEstimate;
  readonly first: boolean;
  readonly cheapest: boolean;
  /** Sustained-traffic warnings for this row (past its breakeven with a server). */
  readonly sustained: readonly string[];
  /** Which disclosures are open: `explain:<id>`, `parts:<id>`. */
  readonly open: ReadonlySet<string>;
  readonly toggle: (key: string) => void;
};

/**
 * One system's or architecture's row: total, cost per million, largest line, and its disclosures —
 * an architecture's components (monthly cost, share of the bill) and Explain (every line).
 */
export function ResultRows({ estimate: e, first, cheapest, sustained, open, toggle }: Props) {
  const top = [...e.lines].sort((a, b) => b.usd.comparedTo(a.usd))[0];
  // Shares of the charges before credits: a credit or discount never pushes a share past 100%.
  const grossUsd = grossOf(e.lines.map((l) => l.usd));
  const grade = worstGrade(e.lines.map((l) => l.grade));
  const explainOpen = open.has(`explain:${e.id}`);
  const partsOpen = e.parts !== undefined && open.has(`parts:${e.id}`);
  const unable = cannotRun(e.limits);
  return (
    <>
      <tr
        data-testid="result-row"
        data-system={e.id}
        data-unable={unable || undefined}
        className={cheapest ? 'cheapest' : unable ? 'unable' : undefined}
      >
        <th scope="row">
          {e.name}
          {cheapest && <span className="badge badge--best">cheapest</span>}
          {grade === 'secondary' && (
            <span className="badge badge--warn" title="Some rates come from a secondary source">
              ⚠ secondary
            </span>
          )}
        </th>
        <td className="num total" data-testid={first ? 'first-figure' : 'total'} {...(first ? ELEMENT_TIMING : {})}>
          {unable ? <span className="cannot-run">{CANNOT_RUN}</span> : usd(e.monthlyUsd)}
        </td>
        <td className="num">{perMillion(e, USER_LOCALE) ?? '—'}</td>
        <td>{top && top.usd.gt(0) ? `${top.label}: ${percent(shareOf(top.usd, grossUsd))}` : '—'}</td>
        <td className="result-actions">
          {e.parts && (
            <button
              type="button"
              aria-expanded={partsOpen}
              aria-controls={partsOpen ? `parts-${e.id}` : undefined}
              onClick={() => toggle(`parts:${e.id}`)}
            >
              {partsOpen ? 'Hide components' : 'Components'}
              <span className="visually-hidden"> of {e.name}</span>
            </button>
          )}
          <button
            type="button"
            aria-expanded={explainOpen}
            aria-controls={explainOpen ? `explain-${e.id}` : undefined}
            onClick={() => toggle(`explain:${e.id}`)}
          >
            {explainOpen ? 'Hide' : 'Explain'}
            <span className="visually-hidden"> {e.name}</span>
          </button>
        </td>
      </tr>
      <LimitsRow estimate={e} sustained={sustained} />
      {partsOpen &&
        e.parts!.map((p, i) => (
          <tr
            key={p.id}
            id={i === 0 ? `parts-${e.id}` : undefined}
            className="part-row"
            data-testid="part-row"
            data-system={e.id}
            data-part={p.id}
          >
            <th scope="row" className="part-row__name">
              <span aria-hidden="true">↳ </span>
              {p.name}
            </th>
            <td className="num part-total">{usd(p.monthlyUsd)}</td>
            <td colSpan={3} className="part-share">
              {percent(shareOf(grossOf(p.lines.map((l) => l.usd)), grossUsd))} of {e.name}
            </td>
          </tr>
        ))}
      {explainOpen && (
        <tr id={`explain-${e.id}`} className="explain-row">
          <td colSpan={5}>
            <LineItems estimate={e} />
          </td>
        </tr>
      )}
    </>
  );
}

/** Element Timing marks the first figure, so a benchmark can read when it was painted. */
const ELEMENT_TIMING = { elementtiming: 'first-figure' };
