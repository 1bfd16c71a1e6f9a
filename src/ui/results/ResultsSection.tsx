import { Fragment, useState } from 'react';
import { type Decimal, worstGrade } from '../../engine';
import { perMillion } from '../../report';
import { useDerived } from '../AppContext';
import { USER_LOCALE, count, percent, usd } from '../format';
import { LineItems } from './LineItems';

/**
 * Per system: the monthly total, the cost per million requests, the largest line and its share;
 * the cheapest marked; an "Explain" disclosure with every line's arithmetic and sources.
 */
export function ResultsSection() {
  const { shown, stale } = useDerived();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (!shown)
    return (
      <section className="panel" aria-label="Monthly cost">
        <p>Nothing priced yet: fix the inputs marked in red.</p>
      </section>
    );
  const { analysis } = shown;
  const cheapest = minOf(analysis.estimates.map((e) => e.monthlyUsd));
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <section className={`panel results${stale ? ' results--stale' : ''}`} aria-labelledby="results-heading">
      <h2 id="results-heading">Monthly cost</h2>
      {stale && (
        <p className="notice notice--warn" role="status" data-testid="stale-notice">
          Showing the last valid result: the inputs marked in red have a problem.
        </p>
      )}
      <div className="table-scroll">
        <table className="results-table" data-testid="results-table">
          <caption>
            At <span data-testid="results-traffic">{count(analysis.requestsPerMonth)}</span> requests/month
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
            {analysis.estimates.map((e, i) => {
              const isCheapest = cheapest !== null && e.monthlyUsd.eq(cheapest);
              const top = [...e.lines].sort((a, b) => b.usd.comparedTo(a.usd))[0];
              const grade = worstGrade(e.lines.map((l) => l.grade));
              const isOpen = open.has(e.id);
              return (
                <Fragment key={e.id}>
                  <tr data-testid="result-row" data-system={e.id} className={isCheapest ? 'cheapest' : undefined}>
                    <th scope="row">
                      {e.name}
                      {isCheapest && <span className="badge badge--best">cheapest</span>}
                      {grade === 'secondary' && (
                        <span className="badge badge--warn" title="Some rates come from a secondary source">
                          ⚠ secondary
                        </span>
                      )}
                    </th>
                    <td
                      className="num total"
                      data-testid={i === 0 ? 'first-figure' : 'total'}
                      {...(i === 0 ? ELEMENT_TIMING : {})}
                    >
                      {usd(e.monthlyUsd)}
                    </td>
                    <td className="num">{perMillion(e, USER_LOCALE) ?? '—'}</td>
                    <td>
                      {top && !e.monthlyUsd.isZero()
                        ? `${top.label}: ${percent(top.usd.div(e.monthlyUsd).toNumber())}`
                        : '—'}
                    </td>
                    <td>
                      <button
                        type="button"
                        aria-expanded={isOpen}
                        aria-controls={isOpen ? `explain-${e.id}` : undefined}
                        onClick={() => toggle(e.id)}
                      >
                        {isOpen ? 'Hide' : 'Explain'}
                        <span className="visually-hidden"> {e.name}</span>
                      </button>
                    </td>
                  </tr>
                  {isOpen && (
                    <tr id={`explain-${e.id}`} className="explain-row">
                      <td colSpan={5}>
                        <LineItems estimate={e} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Element Timing marks the first figure, so a benchmark can read when it was painted. */
const ELEMENT_TIMING = { elementtiming: 'first-figure' };

function minOf(xs: readonly Decimal[]): Decimal | null {
  return xs.reduce<Decimal | null>((m, x) => (m === null || x.lt(m) ? x : m), null);
}
