import { z } from 'zod';
import { ARCHITECTURES } from '../engine';
import { SystemSchema } from '../kinds/schemas';
import { Name, finite, integer, nonNegative, positive } from './fields';

/** The scenario format version this code writes. Older versions are migrated on read. */
export const SCENARIO_SCHEMA_VERSION = 3;

const Architecture = z.enum(ARCHITECTURES);

export const WorkloadSchema = z.strictObject({
  requestsPerMonth: nonNegative().refine((n) => n <= 1e12, 'must be at most 10^12 requests/month'),
  durationMs: positive().refine((n) => n <= 900_000, 'must be at most 900,000 ms (15 minutes)'),
  memoryMb: integer()
    .refine((n) => n > 0, 'must be greater than 0')
    .refine((n) => n <= 32_768, 'must be at most 32,768 MB (32 GiB)'),
  architecture: Architecture.optional(),
  ephemeralStorageMb: integer().optional(),
  cpuMs: nonNegative()
    .refine((n) => n <= 900_000, 'must be at most 900,000 ms (15 minutes)')
    .optional(),
  coldStartRate: nonNegative()
    .refine((n) => n <= 1, 'must be between 0 and 1')
    .optional(),
  initDurationMs: nonNegative()
    .refine((n) => n <= 600_000, 'must be at most 600,000 ms')
    .optional(),
  peakToAverage: finite()
    .refine((n) => n >= 1 && n <= 1000, 'must be between 1 and 1,000')
    .optional(),
  requestKb: nonNegative()
    .refine((n) => n <= 10 * 1024 * 1024, 'must be at most 10 GB')
    .optional(),
  responseKb: nonNegative()
    .refine((n) => n <= 10 * 1024 * 1024, 'must be at most 10 GB')
    .optional(),
  // Version 2: inputs of memory right-sizing (src/engine/rightsizing).
  cpuBoundShare: nonNegative()
    .refine((n) => n <= 1, 'must be between 0 and 1')
    .optional(),
  threads: integer()
    .refine((n) => n >= 1 && n <= 64, 'must be a whole number from 1 to 64')
    .optional(),
  maxMemoryUsedMb: integer()
    .refine((n) => n >= 1 && n <= 10_240, 'must be 1–10,240 MB')
    .optional(),
  headroomPct: nonNegative()
    .refine((n) => n <= 1000, 'must be between 0 and 1,000')
    .optional(),
});

export const ScenarioSchema = z
  .strictObject({
    schema: z.literal(SCENARIO_SCHEMA_VERSION, { error: `must be ${SCENARIO_SCHEMA_VERSION}` }),
    name: Name.optional(),
    pricingDate: z.iso.date({ error: 'must be a date like 2025-08-01' }).optional(),
    region: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region code like us-east-1')
      .optional(),
    freeTier: z.boolean().optional(),
    apiGatewayFreeTier: z.boolean().optional(),
    workload: WorkloadSchema,
    systems: z.array(SystemSchema).min(1, 'must list at least one system').max(12, 'must list at most 12 systems'),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.systems.forEach((sys, i) => {
      if (seen.has(sys.id))
        ctx.addIssue({ code: 'custom', path: ['systems', i, 'id'], message: `duplicate id "${sys.id}"` });
      seen.add(sys.id);
    });
  });

/** A scenario as written in a file, a URL or the form (optional fields may be absent). */
export type Scenario = z.infer<typeof ScenarioSchema>;
export type { ScenarioSystem } from '../kinds/schemas';
export type ScenarioWorkload = z.infer<typeof WorkloadSchema>;
