/** The smallest cost a log cost axis shows: $0.01 (zero cannot be drawn on a log scale). */
export const LOG_COST_FLOOR_USD = 0.01;

/** A cost axis domain that holds every value: whole decades for log, 0 … max (+5%) for linear. */
export function costDomain(values: readonly number[], log: boolean): [number, number] {
  const max = values.reduce((m, v) => Math.max(m, v), 0);
  if (!log) return [0, max > 0 ? max * 1.05 : 1];
  const min = values.reduce((m, v) => Math.min(m, Math.max(v, LOG_COST_FLOOR_USD)), Infinity);
  const lo = Math.floor(Math.log10(Number.isFinite(min) ? min : LOG_COST_FLOOR_USD));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(max, LOG_COST_FLOOR_USD))));
  return [10 ** lo, 10 ** hi];
}

/** Traffic at a horizontal position within the plot, on a log axis from 10^fromExp to 10^toExp. */
export function requestsAtFraction(fraction: number, fromExp: number, toExp: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  return 10 ** (fromExp + f * (toExp - fromExp));
}
