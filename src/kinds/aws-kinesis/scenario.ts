import { z } from 'zod/mini';
import { COMPONENT_BASE, type ComponentKind, perRequestCount } from '../componentKind';
import { AWS_KINESIS, type KinesisComponent } from './kind';
import { kinesisModel } from './model';
import { STREAM_MODES } from './prices';

/** Defaults of absent fields: one provisioned shard (or one on-demand stream, one consumer), 1 KB records, 730 h. */
export const KINESIS_DEFAULTS = {
  mode: 'provisioned',
  recordKb: 1,
  shards: 1,
  streams: 1,
  consumers: 1,
  hoursPerMonth: 730,
} as const;

const count = (max: number) => z.number().check(z.int(), z.gte(0), z.lte(max));

export const KinesisComponentSchema = z.strictObject({
  ...COMPONENT_BASE,
  kind: z.literal(AWS_KINESIS),
  mode: z.optional(z.enum(STREAM_MODES)),
  perRequest: z.strictObject({ records: perRequestCount }),
  // 1 MB (1,024 KB): the largest record a stream accepts.
  recordKb: z.optional(z.number().check(z.positive(), z.lte(1024))),
  shards: z.optional(count(10_000)),
  streams: z.optional(count(1_000)),
  consumers: z.optional(count(20)),
  hoursPerMonth: z.optional(z.number().check(z.gte(0), z.lte(744))),
});
export type KinesisComponentInput = z.infer<typeof KinesisComponentSchema>;

/** Fills a data stream's defaults. */
export function resolveKinesis(w: KinesisComponentInput): KinesisComponent {
  const d = KINESIS_DEFAULTS;
  return {
    id: w.id,
    name: w.name ?? w.id,
    kind: w.kind,
    triggeredBy: w.triggeredBy ?? null,
    mode: w.mode ?? d.mode,
    recordsPerRequest: w.perRequest.records,
    recordKb: w.recordKb ?? d.recordKb,
    shards: w.shards ?? d.shards,
    streams: w.streams ?? d.streams,
    consumers: w.consumers ?? d.consumers,
    hoursPerMonth: w.hoursPerMonth ?? d.hoursPerMonth,
  };
}

/** The Kinesis Data Streams component kind: records handed to the functions reading the stream. */
export const kinesisKind: ComponentKind<KinesisComponentInput, KinesisComponent> = {
  kind: AWS_KINESIS,
  schema: KinesisComponentSchema,
  resolve: resolveKinesis,
  model: kinesisModel,
  // A consuming function receives every record (the core divides by its batch size).
  emits: (c) => c.recordsPerRequest,
};
