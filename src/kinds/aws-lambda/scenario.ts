import { z } from 'zod/mini';
import { ARCHITECTURES } from '../../engine';
import { DiscountSchema, Id, Name, hours, integer, nonNegative, positive, present } from '../../scenario/fields';
import { WorkloadSchema } from '../../scenario/workload';
import { API_TYPES } from '../aws-api-gateway/prices';
import { AWS_LAMBDA, type LambdaSystem } from './kind';

/** Defaults of absent Lambda fields (the architecture defaults to the workload's). */
export const LAMBDA_DEFAULTS = {
  frontDoor: 'none',
  snapStartVersions: 1,
  packageType: 'zip',
  runtime: 'managed',
} as const;

export const LambdaSystemSchema = z.strictObject({
  id: Id,
  name: z.optional(Name),
  kind: z.literal(AWS_LAMBDA),
  architecture: z.optional(z.enum(ARCHITECTURES)),
  frontDoor: z.optional(z.enum(['none', ...API_TYPES])),
  provisionedConcurrency: z.optional(
    z.strictObject({
      concurrency: integer().check(z.refine((n) => n >= 1 && n <= 100_000, 'must be 1–100,000')),
      hoursPerMonth: hours(),
      requestsPerMonth: z.optional(
        nonNegative().check(z.refine((n) => n <= 1e12, 'must be at most 10^12 requests/month')),
      ),
      durationMs: z.optional(
        positive().check(z.refine((n) => n <= 900_000, 'must be at most 900,000 ms (15 minutes)')),
      ),
    }),
  ),
  snapStart: z.optional(
    z.strictObject({
      restoreRate: nonNegative().check(z.refine((n) => n <= 1, 'must be between 0 and 1')),
      activeHoursPerMonth: hours(),
      versions: z.optional(integer().check(z.refine((n) => n >= 1 && n <= 1000, 'must be 1–1,000'))),
    }),
  ),
  // The workload's fields this function alone runs with (absent: the scenario workload's).
  workload: z.optional(
    z.partial(
      z.pick(WorkloadSchema, {
        memoryMb: true,
        durationMs: true,
        coldStartRate: true,
        initDurationMs: true,
        cpuBoundShare: true,
        threads: true,
        maxMemoryUsedMb: true,
        headroomPct: true,
      }),
    ),
  ),
  packageType: z.optional(z.enum(['zip', 'image'], { error: 'must be "zip" or "image"' })),
  runtime: z.optional(z.enum(['managed', 'custom'], { error: 'must be "managed" or "custom"' })),
  discount: z.optional(DiscountSchema),
});
export type LambdaSystemInput = z.infer<typeof LambdaSystemSchema>;

/** Fills Lambda's defaults: the engine's view of a validated system. */
export function resolveLambda(s: LambdaSystemInput): LambdaSystem {
  const pc = s.provisionedConcurrency;
  const snap = s.snapStart;
  return {
    ...present({ id: s.id, name: s.name, architecture: s.architecture, discount: s.discount }),
    kind: s.kind,
    frontDoor: s.frontDoor ?? LAMBDA_DEFAULTS.frontDoor,
    packageType: s.packageType ?? LAMBDA_DEFAULTS.packageType,
    runtime: s.runtime ?? LAMBDA_DEFAULTS.runtime,
    ...(pc ? { provisionedConcurrency: present(pc) } : {}),
    ...(s.workload && Object.keys(s.workload).length > 0 ? { workload: present(s.workload) } : {}),
    ...(snap ? { snapStart: { ...snap, versions: snap.versions ?? LAMBDA_DEFAULTS.snapStartVersions } } : {}),
  };
}
