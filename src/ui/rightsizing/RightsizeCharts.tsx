import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type Architecture, dec } from '../../engine';
import type { Rightsizing } from '../../kinds/aws-lambda/rightsizing';
import { axisUsd, usd } from '../format';
import { type ChartRow, chartMarks, chartRows, memoryTicks } from './chartData';

// Mid-tone colours that keep their contrast on both the light and the dark theme.
const COLOR: Record<Architecture, string> = { x86_64: '#3b82f6', arm64: '#e07b16' };
const SYNC = 'rightsize';

type Props = { readonly rightsizing: Rightsizing };

type DotProps = { cx?: number; cy?: number; payload?: ChartRow; index?: number };

/** A filled marker at sizes this architecture was measured at; nothing elsewhere (those are interpolated). */
function measuredDot(a: Architecture) {
  function MeasuredDot({ cx, cy, payload, index }: DotProps) {
    if (cx === undefined || cy === undefined || !payload?.[`measured_${a}`]) return <g key={`n${a}${index}`} />;
    return (
      <circle key={`d${a}${index}`} className="rs-measured-dot" cx={cx} cy={cy} r={4} fill={COLOR[a]} stroke="#fff" />
    );
  }
  return MeasuredDot;
}

function Marks({ r, rows }: { r: Rightsizing; rows: readonly ChartRow[] }) {
  const lo = Math.log(rows[0]?.memoryMb ?? 128);
  const hi = Math.log(rows.at(-1)?.memoryMb ?? 10_240);
  // Labels step down the plot so that marks at neighbouring sizes never print over each other, and
  // sit on the side of their line with room: right of it in the left half, left of it in the right
  // half (a label right of a mark near 10,240 MB ran off the plot and was clipped).
  return chartMarks(r).map((m, i) => {
    const rightHalf = hi > lo && (Math.log(m.memoryMb) - lo) / (hi - lo) > 0.5;
    return (
      <ReferenceLine
        key={m.memoryMb}
        x={m.memoryMb}
        stroke="#888"
        strokeDasharray="2 2"
        label={{
          value: m.label,
          position: rightHalf ? 'insideTopRight' : 'insideTopLeft',
          fontSize: 11,
          fill: '#888',
          dy: (i % 4) * 14,
        }}
      />
    );
  });
}

/** Durations as the axis shows them: ms below 10 s, seconds above (900,000 ms does not fit the axis). */
function axisMs(v: number): string {
  return v >= 10_000 ? `${Math.round(v / 100) / 10} s` : `${Math.round(v)} ms`;
}

/**
 * Cost and duration against memory as two stacked charts sharing the memory axis: where two curves
 * on different axes cross means nothing, so they never share a plot. Measured sizes are markers;
 * lines between them are dashed and labelled untested; modelled durations carry their band.
 */
export default function RightsizeCharts({ rightsizing: r }: Props) {
  const rows = chartRows(r);
  const archs = Object.keys(r.byArchitecture) as Architecture[];
  const measured = r.mode === 'measured';
  const lineName = (a: Architecture, what: string) =>
    `${a} ${what}${measured ? ' (dots: measured; dashed: untested between measured sizes)' : ' (model estimate)'}`;
  const x = (
    <XAxis
      dataKey="memoryMb"
      type="number"
      scale="log"
      domain={['dataMin', 'dataMax']}
      unit=" MB"
      ticks={memoryTicks(rows)}
    />
  );
  return (
    <div data-testid="rs-charts">
      <h4 id="rs-cost-title">Monthly cost against memory</h4>
      <div style={{ width: '100%', height: 240 }} role="img" aria-labelledby="rs-cost-title">
        <ResponsiveContainer width="100%" height="100%" minWidth={300}>
          <ComposedChart data={rows} syncId={SYNC} margin={{ top: 16, right: 40, bottom: 8, left: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            {x}
            <YAxis width={70} tickFormatter={axisUsd} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? usd(dec(v)) : String(v))} />
            <Legend />
            {archs.map((a) => (
              <Line
                key={a}
                dataKey={`cost_${a}`}
                name={lineName(a, 'cost')}
                stroke={COLOR[a]}
                dot={measured ? measuredDot(a) : false}
                {...(measured ? { strokeDasharray: '6 4' } : {})}
                isAnimationActive={false}
              />
            ))}
            {Marks({ r, rows })}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <h4 id="rs-dur-title">Duration against memory</h4>
      <div style={{ width: '100%', height: 240 }} role="img" aria-labelledby="rs-dur-title">
        <ResponsiveContainer width="100%" height="100%" minWidth={300}>
          <ComposedChart data={rows} syncId={SYNC} margin={{ top: 16, right: 40, bottom: 8, left: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            {x}
            <YAxis width={70} tickFormatter={axisMs} />
            <Tooltip
              formatter={(v) =>
                Array.isArray(v)
                  ? v.map((n) => `${Number(n).toFixed(1)} ms`).join(' – ')
                  : typeof v === 'number'
                    ? `${v.toFixed(1)} ms`
                    : String(v)
              }
            />
            <Legend />
            {!measured
              ? archs
                  .slice(0, 1)
                  .map((a) => (
                    <Area
                      key={`b${a}`}
                      dataKey={`band_${a}`}
                      name="band: CPU-bound share ± 20 points"
                      stroke="none"
                      fill="#888"
                      fillOpacity={0.25}
                      isAnimationActive={false}
                    />
                  ))
              : null}
            {archs.map((a) => (
              <Line
                key={a}
                dataKey={`dur_${a}`}
                name={lineName(a, 'duration')}
                stroke={COLOR[a]}
                dot={measured ? measuredDot(a) : false}
                {...(measured ? { strokeDasharray: '6 4' } : {})}
                isAnimationActive={false}
              />
            ))}
            {Marks({ r, rows })}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
