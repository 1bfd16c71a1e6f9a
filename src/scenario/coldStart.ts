import { z } from 'zod/mini';
// The modules themselves, not the cold-start barrel: this schema is on the first figure's path, the pricing of cold starts is not.
import { KEEP_ALIVE_MINUTES } from '../kinds/aws-lambda/coldstart/rate';
import { RUNTIMES } from '../kinds/aws-lambda/coldstart/runtimes';
import { COLD_START_DEFAULTS, type ColdStartSettings } from '../kinds/aws-lambda/coldstart/settings';
import { positive } from './fields';

/**
 * The cold-start inputs (optional; defaults in `COLD_START_DEFAULTS`): the runtime whose cold-start
 * latency applies, the keep-alive window the rate is modelled with (AWS does not publish it), the
 * latency target (absent: no cold start visible to users), the cold start's own latency when known,
 * and the keep-warm pings' interval.
 */
export const ColdStartSchema = z.strictObject({
  runtime: z.optional(z.enum(RUNTIMES)),
  keepAliveMinutes: z.optional(
    positive().check(
      z.refine(
        (n) => n >= KEEP_ALIVE_MINUTES.min && n <= KEEP_ALIVE_MINUTES.max,
        `must be ${KEEP_ALIVE_MINUTES.min}–${KEEP_ALIVE_MINUTES.max} minutes`,
      ),
    ),
  ),
  targetP99Ms: z.optional(positive().check(z.refine((n) => n <= 900_000, 'must be at most 900,000 ms'))),
  coldStartMs: z.optional(
    z
      .strictObject({
        medianMs: positive().check(z.refine((n) => n <= 600_000, 'must be at most 600,000 ms')),
        p99Ms: positive().check(z.refine((n) => n <= 600_000, 'must be at most 600,000 ms')),
      })
      .check(z.refine((c) => c.p99Ms >= c.medianMs, { message: 'p99Ms must be at least medianMs', path: ['p99Ms'] })),
  ),
  pingIntervalMinutes: z.optional(positive().check(z.refine((n) => n >= 1 && n <= 60, 'must be 1–60 minutes'))),
});
export type ScenarioColdStart = z.infer<typeof ColdStartSchema>;

/** Fills the cold-start defaults. */
export function resolveColdStart(c: ScenarioColdStart | undefined): ColdStartSettings {
  const d = COLD_START_DEFAULTS;
  return {
    runtime: c?.runtime ?? d.runtime,
    keepAliveMinutes: c?.keepAliveMinutes ?? d.keepAliveMinutes,
    targetP99Ms: c?.targetP99Ms ?? d.targetP99Ms,
    coldStartMs: c?.coldStartMs ?? d.coldStartMs,
    pingIntervalMinutes: c?.pingIntervalMinutes ?? d.pingIntervalMinutes,
  };
}
