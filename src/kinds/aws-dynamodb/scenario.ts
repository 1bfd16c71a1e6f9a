import { z } from 'zod/mini';
import { COMPONENT_BASE, type ComponentKind, perRequestCount } from '../componentKind';
import { AWS_DYNAMODB, CONSISTENCIES, type DynamoDbComponent } from './kind';
import { dynamoDbModel } from './model';
import { streamRecords } from './units';

/** Defaults of absent fields: 1 KB items (one write unit each), eventually consistent reads. */
export const DYNAMODB_DEFAULTS = { itemKb: 1, consistency: 'eventual' } as const;

const PerRequest = z
  .strictObject({
    writes: z.optional(perRequestCount),
    reads: z.optional(perRequestCount),
    writeUnits: z.optional(perRequestCount),
    readUnits: z.optional(perRequestCount),
    streamReads: z.optional(perRequestCount),
  })
  .check(
    z.superRefine((p, ctx) => {
      // Items and units of the same direction would count it twice: one or the other.
      if (p.writes !== undefined && p.writeUnits !== undefined)
        ctx.addIssue({ code: 'custom', path: ['writeUnits'], message: 'give writes (items) or writeUnits, not both' });
      if (p.reads !== undefined && p.readUnits !== undefined)
        ctx.addIssue({ code: 'custom', path: ['readUnits'], message: 'give reads (items) or readUnits, not both' });
    }),
  );

/** A DynamoDB on-demand table as written in an architecture. */
export const DynamoDbComponentSchema = z
  .strictObject({
    ...COMPONENT_BASE,
    kind: z.literal(AWS_DYNAMODB),
    perRequest: z.optional(PerRequest),
    // DynamoDB's item size limit is 400 KB.
    itemKb: z.optional(z.number().check(z.positive(), z.lte(400))),
    consistency: z.optional(z.enum(CONSISTENCIES)),
    storageGb: z.optional(z.number().check(z.gte(0), z.lte(1e9))),
    streams: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((c, ctx) => {
      if (!c.streams && (c.perRequest?.streamReads ?? 0) > 0)
        ctx.addIssue({ code: 'custom', path: ['perRequest', 'streamReads'], message: 'needs "streams": true' });
    }),
  );
export type DynamoDbComponentInput = z.infer<typeof DynamoDbComponentSchema>;

/** Fills a table's defaults. */
export function resolveDynamoDb(w: DynamoDbComponentInput): DynamoDbComponent {
  const p = w.perRequest ?? {};
  return {
    id: w.id,
    name: w.name ?? w.id,
    kind: w.kind,
    triggeredBy: w.triggeredBy ?? null,
    perRequest: {
      writes: p.writes ?? null,
      reads: p.reads ?? null,
      writeUnits: p.writeUnits ?? null,
      readUnits: p.readUnits ?? null,
      streamReads: p.streamReads ?? 0,
    },
    itemKb: w.itemKb ?? DYNAMODB_DEFAULTS.itemKb,
    consistency: w.consistency ?? DYNAMODB_DEFAULTS.consistency,
    storageGb: w.storageGb ?? 0,
    streams: w.streams ?? false,
  };
}

/** The aws-dynamodb component kind: an on-demand table whose stream, when on, triggers functions. */
export const dynamoDbComponent: ComponentKind<DynamoDbComponentInput, DynamoDbComponent> = {
  kind: AWS_DYNAMODB,
  schema: DynamoDbComponentSchema,
  resolve: resolveDynamoDb,
  model: dynamoDbModel,
  // A stream carries one record per item written; without a stream the table triggers nothing.
  emits: streamRecords,
};
