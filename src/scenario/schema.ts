import { z } from 'zod/mini';
import { SystemSchema } from '../kinds/schemas';
import { ArchitectureSchema } from './architecture/schema';
import { ColdStartSchema } from './coldStart';
import { ChartViewSchema } from './chartView';
import { Name } from './fields';
import { WorkloadSchema } from './workload';

/** Most alternatives (systems and architectures together) one comparison holds. */
export const MAX_ALTERNATIVES = 12;

/** The scenario format version this code writes. Older versions are migrated on read. */
export const SCENARIO_SCHEMA_VERSION = 4;

export { WorkloadSchema };

export const ScenarioSchema = z
  .strictObject({
    schema: z.literal(SCENARIO_SCHEMA_VERSION, { error: `must be ${SCENARIO_SCHEMA_VERSION}` }),
    name: z.optional(Name),
    pricingDate: z.optional(z.iso.date({ error: 'must be a date like 2025-08-01' })),
    region: z.optional(z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region code like us-east-1'))),
    freeTier: z.optional(z.boolean()),
    apiGatewayFreeTier: z.optional(z.boolean()),
    workload: WorkloadSchema,
    systems: z._default(
      z.array(SystemSchema).check(z.maxLength(MAX_ALTERNATIVES, `must list at most ${MAX_ALTERNATIVES} systems`)),
      [],
    ),
    // Version 4: whole architectures, each priced as one bill (src/scenario/architecture).
    architectures: z.optional(z.array(ArchitectureSchema).check(z.maxLength(MAX_ALTERNATIVES))),
    // Optional in version 4: the cold-start panel's inputs (src/scenario/coldStart.ts).
    coldStart: z.optional(ColdStartSchema),
    // Still version 4: how the breakeven chart is drawn (range, cost axis); no figure depends on it.
    chart: z.optional(ChartViewSchema),
  })
  .check(
    z.superRefine((s, ctx) => {
      const seen = new Set<string>();
      const named = [
        ...s.systems.map((x, i) => ({ id: x.id, path: ['systems', i, 'id'] })),
        ...(s.architectures ?? []).map((x, i) => ({ id: x.id, path: ['architectures', i, 'id'] })),
      ];
      if (named.length === 0)
        ctx.addIssue({ code: 'custom', path: ['systems'], message: 'must list at least one system or architecture' });
      if (named.length > MAX_ALTERNATIVES)
        ctx.addIssue({
          code: 'custom',
          path: ['architectures'],
          message: `systems and architectures together must be at most ${MAX_ALTERNATIVES}`,
        });
      for (const { id, path } of named) {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}"` });
        seen.add(id);
      }
    }),
  );

/** A scenario as written in a file, a URL or the form (optional fields may be absent). */
export type Scenario = z.infer<typeof ScenarioSchema>;
export type { ScenarioSystem } from '../kinds/schemas';
export type ScenarioWorkload = z.infer<typeof WorkloadSchema>;
