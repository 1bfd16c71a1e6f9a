import type { CostScale } from '../../scenario';
import { decadeTicks } from './scales';

/** A cost axis: its range in USD and its ticks, the same for the app's chart and the SVG/PNG/embed one. */
export type CostAxis = {
  readonly scale: CostScale;
  readonly lo: number;
  readonly hi: number;
  readonly ticks: readonly number[];
};

/**
 * How many decades a log cost axis spans below its top at most. Costs below that (a few requests on
 * Lambda, a free month) sit on the axis: zero has no place on a log scale, and a 10^-9 share of the
 * top cost is no line anyone can see. Sub-cent costs above it are drawn where they are, not raised
 * to a floor (a $0.01 floor drew a false kink where a curve crossed a cent).
 */
export const LOG_COST_DECADES = 9;

/** The axis titles both charts print. */
export const TRAFFIC_AXIS_TITLE = 'Requests per month (log scale)';
export function costAxisTitle(scale: CostScale): string {
  return `USD per month (${scale} scale)`;
}

/**
 * The cost axis for a chart's values: on a log scale whole decades from the lowest positive cost
 * (at most {@link LOG_COST_DECADES} below the highest) to the highest, a tick at each decade; on a
 * linear scale 0 to a round number at or above the highest, ticked every 1, 2 or 5 × 10^n.
 */
export function costAxis(values: readonly number[], scale: CostScale): CostAxis {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  const max = finite.reduce((m, v) => Math.max(m, v), 0);
  if (scale === 'linear') {
    const step = niceStep(max > 0 ? max : 1);
    const hi = roundTo(Math.max(1, Math.ceil((max * (1 - 1e-9)) / step)) * step, step);
    const ticks = Array.from({ length: Math.round(hi / step) + 1 }, (_, i) => roundTo(i * step, step));
    return { scale, lo: 0, hi, ticks };
  }
  if (max === 0) return { scale, lo: 0.01, hi: 1, ticks: decadeTicks(0.01, 1) };
  const top = Math.ceil(Math.log10(max) - 1e-9);
  const min = finite.reduce((m, v) => Math.min(m, v), Infinity);
  const bottom = Math.min(top - 1, Math.max(Math.floor(Math.log10(min) + 1e-9), top - LOG_COST_DECADES));
  const lo = Number(`1e${bottom}`);
  const hi = Number(`1e${top}`);
  return { scale, lo, hi, ticks: decadeTicks(lo, hi) };
}

/** The 1, 2 or 5 × 10^n step that cuts [0, max] into at most six parts. */
function niceStep(max: number): number {
  const raw = max / 6;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = [1, 2, 5, 10].find((k) => k * power >= raw) ?? 10;
  return m * power;
}

/** i × step without the float's tail (0.30000000000000004 → 0.3). */
function roundTo(v: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(v.toFixed(digits));
}
