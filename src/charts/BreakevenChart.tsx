import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { type ChartTheme, seriesSlots, slotStyle } from '../share/chart/palette';
import { TRAFFIC_AXIS_TITLE, costAxis, costAxisTitle } from '../share/chart/costAxis';
import { trafficTicks } from '../share/chart/scales';
import { requestsAtFraction } from './axes';

/** One system's curve as plain numbers. */
export type ChartSeries = {
  readonly id: string;
  readonly name: string;
  readonly points: readonly { readonly requestsPerMonth: number; readonly usd: number }[];
};
/** A breakeven to mark on the chart: `key` tells marks apart, `sentence` is its tooltip (the list's wording). */
export type ChartMarker = {
  readonly requestsPerMonth: number;
  readonly usd: number;
  readonly key: string;
  readonly sentence: string;
};

export type BreakevenChartProps = {
  readonly series: readonly ChartSeries[];
  readonly markers: readonly ChartMarker[];
  readonly fromExp: number;
  readonly toExp: number;
  readonly costScale: 'log' | 'linear';
  readonly currentRequests: number;
  readonly hoverRequests: number | null;
  /** Called with the traffic under the pointer (or chosen by keyboard), or null when it leaves. */
  readonly onHover: (requestsPerMonth: number | null) => void;
  readonly formatRequests: (n: number) => string;
  readonly formatUsd: (n: number) => string;
  /** The page's colour scheme: series take the shared palette's tone for it, as the exported chart does. */
  readonly theme: ChartTheme;
};

const MARGIN = { top: 24, right: 20, bottom: 8, left: 4 } as const;
const Y_AXIS_WIDTH = 68;
const HEIGHT = 380;
/** Arrow keys move the inspected traffic by a twentieth of a decade. */
const KEY_STEP_DECADES = 0.05;

/**
 * Monthly cost against requests/month on a log axis: one line per system (fleet steps drawn as
 * vertical jumps, from the exact points), breakevens marked, the current traffic marked, and a
 * cursor driven by pointer or arrow keys. Plain props: no store, so embeds and exports can reuse it.
 */
export default function BreakevenChart(p: BreakevenChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const log = p.costScale === 'log';
  // The exported chart's axis (share/chart/costAxis): same range and ticks, sub-cent costs kept.
  const axis = costAxis(
    p.series.flatMap((s) => s.points.map((pt) => pt.usd)),
    p.costScale,
  );
  // A log axis cannot place zero: a cost below its bottom is drawn on it, as the SVG does.
  const onAxis = (usd: number) => (log ? Math.max(usd, axis.lo) : usd);
  const data = p.series.map((s) => ({ ...s, points: s.points.map((pt) => ({ ...pt, usd: onAxis(pt.usd) })) }));
  const fromR = 10 ** p.fromExp;
  const toR = 10 ** p.toExp;
  const inRange = (r: number) => r >= fromR && r <= toR;
  // Keyed by system id (every system is drawn here): a system keeps its colour when another is removed.
  const slots = seriesSlots(p.series.map((s) => s.id));

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const rect = box.current?.getBoundingClientRect();
    if (!rect) return;
    const left = MARGIN.left + Y_AXIS_WIDTH;
    const width = rect.width - left - MARGIN.right;
    const x = e.clientX - rect.left - left;
    if (x < 0 || x > width) return p.onHover(null);
    p.onHover(requestsAtFraction(x / width, p.fromExp, p.toExp));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = Math.log10(p.hoverRequests ?? (inRange(p.currentRequests) ? p.currentRequests : fromR));
    const moves: Record<string, number> = {
      ArrowRight: KEY_STEP_DECADES,
      ArrowLeft: -KEY_STEP_DECADES,
      ArrowUp: 1,
      ArrowDown: -1,
    };
    if (e.key in moves) {
      e.preventDefault();
      p.onHover(10 ** Math.min(p.toExp, Math.max(p.fromExp, at + moves[e.key]!)));
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      p.onHover(e.key === 'Home' ? fromR : toR);
    } else if (e.key === 'Escape') p.onHover(null);
  };

  return (
    <div
      ref={box}
      className="chart"
      role="group"
      tabIndex={0}
      aria-label="Breakeven chart: monthly cost against requests per month. Arrow keys move the cursor; the costs at the cursor are listed below the chart."
      onPointerMove={onPointerMove}
      onPointerLeave={() => p.onHover(null)}
      onKeyDown={onKeyDown}
      data-testid="breakeven-chart"
    >
      <p className="chart__axis-title" data-testid="cost-axis-title">
        {costAxisTitle(p.costScale)}
      </p>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <LineChart margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" className="chart__grid" />
          <XAxis
            dataKey="requestsPerMonth"
            type="number"
            scale="log"
            domain={[fromR, toR]}
            allowDataOverflow
            ticks={trafficTicks(fromR, toR)}
            tickFormatter={p.formatRequests}
            label={{ value: TRAFFIC_AXIS_TITLE, position: 'insideBottom', offset: 0 }}
            height={44}
          />
          <YAxis
            type="number"
            scale={log ? 'log' : 'linear'}
            domain={[axis.lo, axis.hi]}
            allowDataOverflow
            width={Y_AXIS_WIDTH}
            tickFormatter={p.formatUsd}
            ticks={[...axis.ticks]}
            interval={0}
          />
          {data.map((s) => {
            const style = slotStyle(slots.get(s.id)!, p.theme);
            return (
              <Line
                key={s.id}
                data={s.points as { requestsPerMonth: number; usd: number }[]}
                dataKey="usd"
                name={s.name}
                type="linear"
                stroke={style.stroke}
                strokeDasharray={style.dash}
                strokeWidth={2}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
              />
            );
          })}
          {inRange(p.currentRequests) && (
            <ReferenceLine
              x={p.currentRequests}
              stroke="currentColor"
              strokeDasharray="4 4"
              // Inside the plot's top edge: clear of the tick labels under the axis, whatever the traffic.
              label={{ value: `now: ${p.formatRequests(p.currentRequests)}`, position: 'insideTopLeft', offset: 6 }}
            />
          )}
          {p.hoverRequests !== null && <ReferenceLine x={p.hoverRequests} stroke="currentColor" strokeOpacity={0.6} />}
          {p.markers
            .filter((m) => inRange(m.requestsPerMonth))
            .map((m) => (
              <ReferenceDot
                key={m.key}
                x={m.requestsPerMonth}
                y={onAxis(m.usd)}
                r={5}
                shape={(dot: { cx?: number; cy?: number }) => (
                  <g className="chart__crossing" data-testid="crossing-mark">
                    <title>{m.sentence}</title>
                    <circle cx={dot.cx} cy={dot.cy} r={5} fill="none" stroke="currentColor" strokeWidth={2} />
                    {/* A wider transparent ring: a 5 px dot is hard to hover. */}
                    <circle cx={dot.cx} cy={dot.cy} r={10} fill="transparent" stroke="none" />
                  </g>
                )}
              />
            ))}
          <Legend verticalAlign="bottom" itemSorter={null} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
