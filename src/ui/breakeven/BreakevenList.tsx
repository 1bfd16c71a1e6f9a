import { useMemo } from 'react';
import { rangeRequests } from '../../state';
import { useDerived, useInputs } from '../AppContext';
import { breakevenWords } from './sentences';

/** Every exact breakeven between every pair of systems, in words; follows every input. */
export function BreakevenList() {
  const analysis = useDerived().shown?.analysis;
  const range = useInputs((s) => s.chartRange);
  const words = useMemo(() => {
    const names = new Map(analysis?.estimates.map((e) => [e.id, e.name]) ?? []);
    return analysis?.breakevens.map((b) => ({ r: b.requestsPerMonth.toNumber(), w: breakevenWords(b, names) })) ?? [];
  }, [analysis]);
  if (!analysis) return null;
  const { fromR, toR } = rangeRequests(range);
  return (
    <>
      <h3>Where the cheapest changes</h3>
      {words.length === 0 ? (
        <p>No breakevens up to 10¹² requests/month: the order of the systems never changes.</p>
      ) : (
        <ul className="breakevens" data-testid="breakevens">
          {words.map(({ r, w }) => (
            <li key={w.key} data-testid="breakeven">
              <strong>{w.dearer}</strong> costs more than <strong>{w.cheaper}</strong> above <span className="num">{w.requests}</span> requests/month
              {w.jump && ' (where a fleet adds an instance)'}{' '}
              <span className="muted">
                (≈ {w.approx}
                {r < fromR || r > toR ? ', outside the chart' : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
      {analysis.truncatedPairs.length > 0 && (
        <p className="notice">Some pairs cost almost the same over long stretches of traffic; not every crossing between them is listed.</p>
      )}
    </>
  );
}
