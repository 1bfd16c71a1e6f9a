import { KEEP_ALIVE_MINUTES } from './rate';
import type { ColdStartLatency, Runtime } from './runtimes';

/** The cold-start inputs of a scenario (`coldStart`), every default filled in. */
export type ColdStartSettings = {
  readonly runtime: Runtime;
  /** How long an idle instance stays warm (AWS does not publish it): default 10, 1–60. */
  readonly keepAliveMinutes: number;
  /** The request's p99 latency to meet, or null: no cold start may be visible to users. */
  readonly targetP99Ms: number | null;
  /** The cold start's latency when known (measured, or a package's own); null: the runtime table's. */
  readonly coldStartMs: ColdStartLatency | null;
  /** Keep-warm pings: one every this many minutes. */
  readonly pingIntervalMinutes: number;
};

/** Defaults of absent `coldStart` fields (README, "Cold starts"). */
export const COLD_START_DEFAULTS: ColdStartSettings = {
  runtime: 'nodejs',
  keepAliveMinutes: KEEP_ALIVE_MINUTES.default,
  targetP99Ms: null,
  coldStartMs: null,
  pingIntervalMinutes: 5,
};

/** A ping's billed duration: an early-returning handler takes a few ms; 10 ms is assumed. */
export const PING_DURATION_MS = 10;

/** A cold start of at most this long is not visible to users (an edge isolate's). */
export const INVISIBLE_COLD_START_MS = 1;

/** Measured cold starts (REPORT lines): they replace the modelled rate. */
export type MeasuredColdStarts = { readonly coldStartRate: number; readonly invocations: number };
