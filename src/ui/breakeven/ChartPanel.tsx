import { Suspense, lazy, memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { costsAt, createSeriesSelector } from '../../state';
import { useDerived } from '../AppContext';
import { useChartView } from './useChartView';
import { USER_LOCALE, axisUsd, compact, usd } from '../format';
import { breakevenSentence } from '../../report/breakevenSentence';
import { useColorScheme } from '../useColorScheme';
import { useSettledResults } from '../useSettled';

/**
 * The chart redraws once the figures have been still this long, not during a drag: a redraw is one
 * long task (recharts measures every line's path as it renders), which would hold up the next input.
 */
const CHART_QUIET_MS = 120;
const CHART_MAX_WAIT_MS = Number.POSITIVE_INFINITY;

// recharts is the biggest dependency: load it after the cost table has painted.
// memo: this panel re-renders on every input, the chart only when its (settled) props change.
const BreakevenChart = memo(lazy(() => import('../../charts/BreakevenChart')));

const CHART_PLACEHOLDER = <div className="chart chart--loading">Loading the chart…</div>;

/** The chart and the costs at its cursor. */
export function ChartPanel() {
  const derived = useDerived();
  // A slider drag repaints the table as it goes and this costlier chart when the drag pauses.
  const shown = useDeferredValue(useSettledResults(derived.shown, CHART_QUIET_MS, CHART_MAX_WAIT_MS));
  const range = useChartView();
  const { costScale } = range;
  const [seriesOf] = useState(createSeriesSelector);
  const [hover, setHover] = useState<number | null>(null);
  const theme = useColorScheme();
  // Fetch and start recharts only after the first paint, so it never delays the first figure.
  const [afterFirstPaint, setAfterFirstPaint] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setAfterFirstPaint(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const analysis = shown?.analysis;
  const markers = useMemo(() => {
    const names = new Map(analysis?.estimates.map((e) => [e.id, e.name]) ?? []);
    return (
      analysis?.breakevens.map((b) => ({
        requestsPerMonth: b.requestsPerMonth.toNumber(),
        usd: b.usdA.toNumber(),
        key: `${b.between.join('|')}|${b.requestsPerMonth.toString()}`,
        // The same words as the list under the chart: hovering a mark says which crossing it is.
        sentence: breakevenSentence(b, names, USER_LOCALE),
      })) ?? []
    );
  }, [analysis]);
  if (!analysis) return null;
  const readout = hover === null ? null : costsAt(analysis, hover);
  // The chart follows once the inputs rest: until then it shows earlier inputs' figures, and says so.
  const behind = shown !== derived.shown;
  return (
    <>
      <div className="chart-slot" aria-busy={behind} data-testid="chart-slot">
        <Suspense fallback={CHART_PLACEHOLDER}>
          {!afterFirstPaint ? (
            CHART_PLACEHOLDER
          ) : (
            <BreakevenChart
              series={seriesOf(analysis, range)}
              markers={markers}
              fromExp={range.fromExp}
              toExp={range.toExp}
              costScale={costScale}
              currentRequests={analysis.requestsPerMonth.toNumber()}
              hoverRequests={hover}
              onHover={setHover}
              formatRequests={compact}
              formatUsd={axisUsd}
              theme={theme}
            />
          )}
        </Suspense>
      </div>
      <div className="readout" aria-live="polite" data-testid="hover-readout">
        {readout ? (
          <>
            <p>At {compact(hover!)} requests/month:</p>
            <ul>
              {[...readout]
                .sort((a, b) => a.usd.comparedTo(b.usd))
                .map((r) => (
                  <li key={r.id}>
                    {r.name}: <span className="num">{usd(r.usd)}</span>
                  </li>
                ))}
            </ul>
          </>
        ) : (
          <p className="muted">
            Point at the chart, or focus it and use the arrow keys, to read every system’s cost at that traffic.
          </p>
        )}
      </div>
    </>
  );
}
