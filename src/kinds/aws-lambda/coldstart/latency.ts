import type { ColdStartLatency } from './runtimes';

/** z of the standard normal at 0.99: the p99's distance from the median in standard deviations. */
const Z99 = 2.326347874040841;

/**
 * The p99 latency of a request, in ms: warm requests take `durationMs`; a share `coldShare` add a
 * cold start, whose latency is log-normal through the given median and p99. Fewer than 1% cold:
 * the p99 is a warm request; otherwise it is the cold start's quantile `1 − 0.01 / coldShare` on top.
 */
export function requestP99Ms(durationMs: number, coldShare: number, cold: ColdStartLatency): number {
  if (!(coldShare > 0.01)) return durationMs;
  return durationMs + coldQuantileMs(cold, 1 - 0.01 / Math.min(1, coldShare));
}

/** The q-quantile of a cold start's latency (log-normal through its median and p99; flat if p99 ≤ median). */
export function coldQuantileMs(cold: ColdStartLatency, q: number): number {
  if (cold.medianMs <= 0) return Math.max(0, cold.p99Ms);
  const sigma = cold.p99Ms > cold.medianMs ? Math.log(cold.p99Ms / cold.medianMs) / Z99 : 0;
  return cold.medianMs * Math.exp(sigma * normalQuantile(q));
}

/**
 * The standard normal's inverse CDF (Acklam's rational approximation, relative error < 1.2e-9),
 * for 0 < p < 1; clamped just inside the open interval.
 */
export function normalQuantile(p: number): number {
  const q0 = Math.min(1 - 1e-12, Math.max(1e-12, p));
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  const tail = (x: number) =>
    (((((c[0]! * x + c[1]!) * x + c[2]!) * x + c[3]!) * x + c[4]!) * x + c[5]!) /
    ((((d[0]! * x + d[1]!) * x + d[2]!) * x + d[3]!) * x + 1);
  if (q0 < low) return tail(Math.sqrt(-2 * Math.log(q0)));
  if (q0 > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - q0)));
  const r = (q0 - 0.5) * (q0 - 0.5);
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * (q0 - 0.5)) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}
