import { RUNTIME_COLD_STARTS } from '../../kinds/aws-lambda/coldstart/runtimes';

/**
 * Cold-start (INIT) durations by runtime, median and p99 in ms, as the project brief gives them
 * (the one table: src/kinds/aws-lambda/coldstart/runtimes.ts). Presets only: the typed value is what is priced.
 */
export const RUNTIME_INIT_MS = RUNTIME_COLD_STARTS.map((r) => ({
  runtime: r.label,
  medianMs: r.medianMs,
  p99Ms: r.p99Ms,
}));
