import { z } from 'zod';
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

const count = (max: number) => z.number().int().min(0).max(max);

export const KinesisComponentSchema = z.strictObject({
  ...COMPONENT_BASE,
  kind: z.literal(AWS_KINESIS),
  mode: z.enum(STREAM_MODES).optional(),
  perRequest: z.strictObject({ records: perRequestCount }),
  // 1 MB (1,024 KB): the largest record a stream accepts.
  recordKb: z.number().finite().positive().max(1024).optional(),
  shards: count(10_000).optional(),
  streams: count(1_000).optional(),
  consumers: count(20).optional(),
  hoursPerMonth: z.number().finite().min(0).max(744).optional(),
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
