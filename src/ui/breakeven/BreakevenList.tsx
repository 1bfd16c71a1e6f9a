import { useMemo } from 'react';
import { breakevenParts } from '../../report/breakevenSentence';
import { rangeRequests } from '../../state';
import { useDerived } from '../AppContext';
import { useChartView } from './useChartView';
import { USER_LOCALE, compact } from '../format';
import { SentenceParts } from './SentenceParts';

/**
 * Every exact breakeven between every pair of systems, in words, sorted by traffic; behind a
 * disclosure, as the cheapest-at-every-traffic sentence above the chart is the answer read first.
 */
export function BreakevenList() {
  const analysis = useDerived().shown?.analysis;
  const range = useChartView();
  const items = useMemo(() => {
    const names = new Map(analysis?.estimates.map((e) => [e.id, e.name]) ?? []);
    return (
      analysis?.breakevens.map((b) => {
        const r = b.requestsPerMonth.toNumber();
        return {
          key: `${b.between[0]}|${b.between[1]}|${b.requestsPerMonth.toString()}`,
          r,
          approx: compact(r),
          parts: breakevenParts(b, names, USER_LOCALE),
        };
      }) ?? []
    );
  }, [analysis]);
  if (!analysis) return null;
  const { fromR, toR } = rangeRequests(range);
  return (
    <details className="pairs" data-testid="pairs">
      <summary>
        Every pairwise crossing ({items.length}
        {analysis.truncatedPairs.length > 0 ? '+' : ''})
      </summary>
      {items.length === 0 ? (
        <p>No breakevens up to 10¹² requests/month: the order of the systems never changes.</p>
      ) : (
        <ul className="breakevens" data-testid="breakevens">
          {items.map(({ key, r, approx, parts }) => (
            <li key={key} data-testid="breakeven">
              <SentenceParts parts={parts} />{' '}
              <span className="muted">
                (≈ {approx}
                {r < fromR || r > toR ? ', outside the chart' : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
      {analysis.truncatedPairs.length > 0 && (
        <p className="notice">
          Some pairs cost almost the same over long stretches of traffic; not every crossing between them is listed.
        </p>
      )}
    </details>
  );
}
