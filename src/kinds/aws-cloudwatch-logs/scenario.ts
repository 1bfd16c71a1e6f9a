import { z } from 'zod/mini';
import { COMPONENT_BASE, type ComponentKind } from '../componentKind';
import { AWS_CLOUDWATCH_LOGS, type CloudWatchLogsComponent } from './kind';
import { LOG_CLASSES } from './prices';
import { KB_PER_GB, cloudWatchLogsModel } from './model';

/** Defaults of absent fields: the Standard class, one month of retention (see the model's steady state). */
export const CLOUDWATCH_LOGS_DEFAULTS = { logClass: 'standard', retentionMonths: 1 } as const;

export const CloudWatchLogsComponentSchema = z
  .strictObject({
    ...COMPONENT_BASE,
    kind: z.literal(AWS_CLOUDWATCH_LOGS),
    // GB per entry request is tiny (1 KB ≈ 0.00000095 GB), hence `kbPerRequest` as the friendlier twin.
    perRequest: z.optional(z.strictObject({ ingestGb: z.optional(z.number().check(z.gte(0), z.lte(1))) })),
    kbPerRequest: z.optional(z.number().check(z.gte(0), z.lte(1_048_576))),
    logClass: z.optional(z.enum(LOG_CLASSES)),
    // 120 months: the longest retention setting (10 years).
    retentionMonths: z.optional(z.number().check(z.gte(0), z.lte(120))),
  })
  .check(
    z.superRefine((w, ctx) => {
      const gb = w.perRequest?.ingestGb !== undefined;
      if (gb === (w.kbPerRequest !== undefined))
        ctx.addIssue({
          code: 'custom',
          path: gb ? ['kbPerRequest'] : ['perRequest', 'ingestGb'],
          message: 'give the volume once: perRequest.ingestGb or kbPerRequest',
        });
    }),
  );
export type CloudWatchLogsComponentInput = z.infer<typeof CloudWatchLogsComponentSchema>;

/** Fills a log-groups component's defaults; the volume becomes KB per entry request. */
export function resolveCloudWatchLogs(w: CloudWatchLogsComponentInput): CloudWatchLogsComponent {
  const gb = w.perRequest?.ingestGb;
  return {
    id: w.id,
    name: w.name ?? w.id,
    kind: w.kind,
    triggeredBy: w.triggeredBy ?? null,
    kbPerRequest: gb !== undefined ? gb * KB_PER_GB : (w.kbPerRequest ?? 0),
    logClass: w.logClass ?? CLOUDWATCH_LOGS_DEFAULTS.logClass,
    retentionMonths: w.retentionMonths ?? CLOUDWATCH_LOGS_DEFAULTS.retentionMonths,
  };
}

/** The CloudWatch Logs component kind: log groups written by the architecture. Triggers nothing. */
export const cloudWatchLogsKind: ComponentKind<CloudWatchLogsComponentInput, CloudWatchLogsComponent> = {
  kind: AWS_CLOUDWATCH_LOGS,
  schema: CloudWatchLogsComponentSchema,
  resolve: resolveCloudWatchLogs,
  model: cloudWatchLogsModel,
};
