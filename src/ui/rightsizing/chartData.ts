import type { Architecture } from '../../engine';
import type { Rightsizing } from '../../kinds/aws-lambda/rightsizing';

/** One x position of the charts: both architectures' cost and duration at one memory size (numbers: pixels only). */
export type ChartRow = { memoryMb: number } & Partial<Record<`cost_${Architecture}` | `dur_${Architecture}`, number>> &
  Partial<Record<`band_${Architecture}`, [number, number]>> &
  Partial<Record<`measured_${Architecture}`, boolean>>;

/** A marked choice: a memory size and the names of the choices that picked it ("cheapest, balanced"). */
export type ChartMark = { readonly memoryMb: number; readonly label: string };

/** Rows by memory size for recharts; money becomes a number here and only here. */
export function chartRows(r: Rightsizing): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  for (const p of r.points) {
    const row = rows.get(p.memoryMb) ?? { memoryMb: p.memoryMb };
    row[`cost_${p.architecture}`] = p.monthlyUsd.toNumber();
    row[`dur_${p.architecture}`] = p.durationMs;
    row[`band_${p.architecture}`] = [p.lowMs, p.highMs];
    // A marker only where this architecture itself was measured (not durations borrowed from the other).
    row[`measured_${p.architecture}`] = p.source === 'measured' && p.assumedFrom === null;
    rows.set(p.memoryMb, row);
  }
  return [...rows.values()].sort((a, b) => a.memoryMb - b.memoryMb);
}

/** The choices and the current setting, grouped by memory size so labels do not overprint. */
export function chartMarks(r: Rightsizing): ChartMark[] {
  const named: [string, number | undefined][] = [
    ['current', r.current.memoryMb],
    ['cheapest', r.recommendations.cheapest?.point.memoryMb],
    ['fastest', r.recommendations.fastest?.point.memoryMb],
    ['balanced', r.recommendations.balanced?.point.memoryMb],
    ['within limit', r.recommendations.withinLatency?.point.memoryMb],
  ];
  const by = new Map<number, string[]>();
  for (const [label, m] of named) if (m !== undefined) by.set(m, [...(by.get(m) ?? []), label]);
  return [...by.entries()].map(([memoryMb, labels]) => ({ memoryMb, label: labels.join(', ') }));
}

/** Memory ticks at powers of two (and the largest size), for the shared logarithmic memory axis. */
export function memoryTicks(rows: readonly ChartRow[]): number[] {
  const lo = rows[0]?.memoryMb ?? 128;
  const hi = rows.at(-1)?.memoryMb ?? lo;
  // The memory axis is logarithmic (the interesting sizes are the small ones): ticks at powers of two.
  const ticks: number[] = [];
  for (let m = 2 ** Math.ceil(Math.log2(lo)); m <= hi; m *= 2) ticks.push(m);
  if (ticks.at(-1) !== hi) ticks.push(hi);
  return ticks;
}
