import { z } from 'zod/mini';
import { ARCHITECTURES } from '../engine';
import { finite, integer, nonNegative, positive } from './fields';

/** The longest request duration (and CPU time) a workload may state: a day. */
export const MAX_DURATION_MS = 86_400_000;

/** The workload every alternative serves, as written (defaults: src/scenario/resolve.ts). */
const Architecture = z.enum(ARCHITECTURES);

export const WorkloadSchema = z.strictObject({
  requestsPerMonth: nonNegative().check(z.refine((n) => n <= 1e12, 'must be at most 10^12 requests/month')),
  // Up to a day, not Lambda's 15 minutes: a long job is a workload a server runs and a platform's
  // limit check (src/kinds/limits) reports its serverless systems unable to run.
  durationMs: positive().check(z.refine((n) => n <= MAX_DURATION_MS, 'must be at most 86,400,000 ms (24 hours)')),
  memoryMb: integer().check(
    z.refine((n) => n > 0, 'must be greater than 0'),
    z.refine((n) => n <= 32_768, 'must be at most 32,768 MB (32 GiB)'),
  ),
  architecture: z.optional(Architecture),
  ephemeralStorageMb: z.optional(integer()),
  cpuMs: z.optional(
    nonNegative().check(z.refine((n) => n <= MAX_DURATION_MS, 'must be at most 86,400,000 ms (24 hours)')),
  ),
  coldStartRate: z.optional(nonNegative().check(z.refine((n) => n <= 1, 'must be between 0 and 1'))),
  initDurationMs: z.optional(nonNegative().check(z.refine((n) => n <= 600_000, 'must be at most 600,000 ms'))),
  peakToAverage: z.optional(finite().check(z.refine((n) => n >= 1 && n <= 1000, 'must be between 1 and 1,000'))),
  requestKb: z.optional(nonNegative().check(z.refine((n) => n <= 10 * 1024 * 1024, 'must be at most 10 GB'))),
  responseKb: z.optional(nonNegative().check(z.refine((n) => n <= 10 * 1024 * 1024, 'must be at most 10 GB'))),
  // Version 2: inputs of memory right-sizing (src/engine/rightsizing).
  cpuBoundShare: z.optional(nonNegative().check(z.refine((n) => n <= 1, 'must be between 0 and 1'))),
  threads: z.optional(integer().check(z.refine((n) => n >= 1 && n <= 64, 'must be a whole number from 1 to 64'))),
  maxMemoryUsedMb: z.optional(integer().check(z.refine((n) => n >= 1 && n <= 10_240, 'must be 1–10,240 MB'))),
  headroomPct: z.optional(nonNegative().check(z.refine((n) => n <= 1000, 'must be between 0 and 1,000'))),
  // Version 3: servers sized from the workload (src/kinds/capacity); memory per in-flight request.
  memoryPerRequestMb: z.optional(positive().check(z.refine((n) => n <= 32_768, 'must be at most 32,768 MB'))),
});
