import { SECONDS_PER_MONTH } from '../../../engine/model';

/** The keep-alive window's default and the range a scenario may set (minutes): AWS publishes neither. */
export const KEEP_ALIVE_MINUTES = { default: 10, min: 1, max: 60 } as const;

/** Days in the conventional 730-hour month: the peak window opens once a day. */
const DAYS_PER_MONTH = 730 / 24;
/** Peak concurrency covers the mean plus three standard deviations of Poisson arrivals (≈ p99.9). */
const PEAK_SIGMAS = 3;

/** What the model needs from the workload. */
export type TrafficShape = {
  readonly requestsPerMonth: number;
  readonly durationMs: number;
  /** Peak request rate over the monthly average (≥ 1). */
  readonly peakToAverage: number;
  /** How long an idle instance stays warm. */
  readonly keepAliveMinutes: number;
  /** Instances kept warm regardless of traffic (keep-warm pings keep one): they never go cold. */
  readonly keptWarm?: number;
};

/** The modelled rate and the quantities it rests on (each shown to the reader). */
export type ModelledRate = {
  /** Share of invocations that start cold, 0…1. */
  readonly rate: number;
  /** Requests per second while traffic arrives (the peak window). */
  readonly arrivalsPerSecond: number;
  /** Hours a month traffic arrives: 730 / peak-to-average. */
  readonly windowHoursPerMonth: number;
  /** Mean concurrency in the window (Little's law: arrivals × duration). */
  readonly meanConcurrency: number;
  /** Concurrency to cover: mean + 3√mean (Poisson), at least the mean. */
  readonly peakConcurrency: number;
  /** Cold starts after idle gaps longer than the keep-alive, as a share of invocations. */
  readonly idleShare: number;
  /** Cold starts of the ramp up to the peak concurrency (daily, else monthly), as a share of invocations. */
  readonly rampShare: number;
};

/**
 * Models the share of invocations that start cold from the traffic, when it is not measured.
 *
 * Traffic arrives at the peak rate for 1/peakToAverage of each day and not at all otherwise (so
 * 1 is steady traffic all month); within that window arrivals are Poisson. The function holds a
 * pool of `max(1, peak concurrency)` instances, each seeing an equal share of arrivals; an instance
 * idle for longer than the keep-alive is reclaimed, so an arrival starts cold after such a gap:
 * `exp(−arrivals × keepAlive / pool)` (low traffic: `exp(−arrivals × keepAlive)`). When the window
 * closes for longer than the keep-alive, every instance is reclaimed and the next day's ramp starts
 * the whole pool cold again (high traffic: cold when concurrency grows); with steady traffic the
 * pool still starts cold once a month. Instances kept warm
 * (`keptWarm`) are never reclaimed and need no ramp. Never NaN; 0 ≤ rate ≤ 1.
 */
export function modelColdStartRate(t: TrafficShape): ModelledRate {
  const peakToAverage = Math.max(1, t.peakToAverage);
  const windowSeconds = SECONDS_PER_MONTH / peakToAverage;
  const arrivalsPerSecond = t.requestsPerMonth / windowSeconds;
  const meanConcurrency = (arrivalsPerSecond * t.durationMs) / 1000;
  const peakConcurrency = peakConcurrencyOf(meanConcurrency);
  const base = {
    arrivalsPerSecond,
    windowHoursPerMonth: windowSeconds / 3600,
    meanConcurrency,
    peakConcurrency,
  };
  if (t.requestsPerMonth <= 0) return { ...base, rate: 0, idleShare: 0, rampShare: 0 };
  const pool = Math.max(1, peakConcurrency);
  const kept = Math.min(pool, Math.max(0, t.keptWarm ?? 0));
  const keepAliveSeconds = t.keepAliveMinutes * 60;
  const idleShare = Math.exp((-arrivalsPerSecond * keepAliveSeconds) / pool) * ((pool - kept) / pool);
  const dailyGapSeconds = 86_400 * (1 - 1 / peakToAverage);
  // The pool starts cold at least once a month (a deployment, an environment replaced), and once a
  // day when the quiet hours outlast the keep-alive.
  const rampsPerMonth = dailyGapSeconds > keepAliveSeconds ? DAYS_PER_MONTH : 1;
  const rampShare = Math.min(1, (rampsPerMonth * (pool - kept)) / t.requestsPerMonth);
  const rate = clamp01(1 - (1 - idleShare) * (1 - rampShare));
  return { ...base, rate, idleShare, rampShare };
}

/** Concurrency to provision for Poisson arrivals of mean concurrency `mean`: mean + 3√mean. */
export function peakConcurrencyOf(mean: number): number {
  return mean + PEAK_SIGMAS * Math.sqrt(Math.max(0, mean));
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 1;
}
