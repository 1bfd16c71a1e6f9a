import { Suspense, lazy, memo, useDeferredValue, useMemo, useState } from 'react';
import { costsAt, createSeriesSelector, rangeRequests } from '../../state';
import { useDerived, useInputs } from '../AppContext';
import { axisUsd, compact, usd } from '../format';
import { RangeControls } from './RangeControls';
import { breakevenWords } from './sentences';
import { useSettled } from '../useSettled';

const CHART_QUIET_MS = 120;
const CHART_MAX_WAIT_MS = 1000;

// recharts is the biggest dependency: load it after the cost table has painted.
// memo: the section re-renders on every input, the chart only when its (settled) props change.
const BreakevenChart = memo(lazy(() => import('../../charts/BreakevenChart')));

/** The breakeven chart, every exact breakeven in words, and the costs at the cursor. */
export function BreakevenSection() {
  const derived = useDerived();
  // The chart (and the sentences under it) follow the inputs once they settle, at lower priority:
  // a slider drag repaints the table on every input, the costlier chart when the drag pauses.
  const shown = useDeferredValue(useSettled(derived.shown, CHART_QUIET_MS, CHART_MAX_WAIT_MS));
  const range = useInputs((s) => s.chartRange);
  const costScale = useInputs((s) => s.costScale);
  const [seriesOf] = useState(createSeriesSelector);
  const [hover, setHover] = useState<number | null>(null);
  const analysis = shown?.analysis;
  const names = useMemo(() => new Map(analysis?.estimates.map((e) => [e.id, e.name]) ?? []), [analysis]);
  const words = useMemo(() => analysis?.breakevens.map((b) => ({ b, w: breakevenWords(b, names) })) ?? [], [analysis, names]);
  const markers = useMemo(() => words.map(({ b, w }) => ({ requestsPerMonth: b.requestsPerMonth.toNumber(), usd: b.usdA.toNumber(), label: w.key })), [words]);
  if (!analysis) return null;
  const series = seriesOf(analysis, range);
  const { fromR, toR } = rangeRequests(range);

  const readout = hover === null ? null : costsAt(analysis, hover);
  return (
    <section className="panel" aria-labelledby="breakeven-heading">
      <h2 id="breakeven-heading">Breakevens</h2>
      <RangeControls />
      <Suspense fallback={<div className="chart chart--loading">Loading the chart…</div>}>
        <BreakevenChart
          series={series}
          markers={markers}
          fromExp={range.fromExp}
          toExp={range.toExp}
          costScale={costScale}
          currentRequests={analysis.requestsPerMonth.toNumber()}
          hoverRequests={hover}
          onHover={setHover}
          formatRequests={compact}
          formatUsd={axisUsd}
        />
      </Suspense>
      <div className="readout" aria-live="polite" data-testid="hover-readout">
        {readout ? (
          <>
            <p>At {compact(hover!)} requests/month:</p>
            <ul>
              {[...readout].sort((a, b) => a.usd.comparedTo(b.usd)).map((r) => (
                <li key={r.id}>
                  {r.name}: <span className="num">{usd(r.usd)}</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">Point at the chart, or focus it and use the arrow keys, to read every system’s cost at that traffic.</p>
        )}
      </div>
      <h3>Where the cheapest changes</h3>
      {words.length === 0 ? (
        <p>No breakevens up to 10¹² requests/month: the order of the systems never changes.</p>
      ) : (
        <ul className="breakevens" data-testid="breakevens">
          {words.map(({ b, w }) => {
            const r = b.requestsPerMonth.toNumber();
            return (
              <li key={w.key} data-testid="breakeven">
                <strong>{w.dearer}</strong> costs more than <strong>{w.cheaper}</strong> above <span className="num">{w.requests}</span> requests/month
                {w.jump && ' (where a fleet adds an instance)'} <span className="muted">(≈ {w.approx}{r < fromR || r > toR ? ', outside the chart' : ''})</span>
              </li>
            );
          })}
        </ul>
      )}
      {analysis.truncatedPairs.length > 0 && (
        <p className="notice">
          Some pairs cost almost the same over long stretches of traffic; not every crossing between them is listed.
        </p>
      )}
    </section>
  );
}
