import { z } from 'zod/mini';
import { COMPONENT_BASE, type ComponentKind, perRequestCount } from '../componentKind';
import { AWS_S3, type S3Component } from './kind';
import { s3Model } from './model';

/** An S3 bucket as written in an architecture. */
export const S3ComponentSchema = z.strictObject({
  ...COMPONENT_BASE,
  kind: z.literal(AWS_S3),
  perRequest: z.optional(z.strictObject({ puts: z.optional(perRequestCount), gets: z.optional(perRequestCount) })),
  // A billion GB (about a zettabyte) bounds a typo, not a design.
  storageGb: z.optional(z.number().check(z.gte(0), z.lte(1e9))),
});
export type S3ComponentInput = z.infer<typeof S3ComponentSchema>;

/** Fills an S3 bucket's defaults: no requests, no storage. */
export function resolveS3(w: S3ComponentInput): S3Component {
  return {
    id: w.id,
    name: w.name ?? w.id,
    kind: w.kind,
    triggeredBy: w.triggeredBy ?? null,
    perRequest: { puts: w.perRequest?.puts ?? 0, gets: w.perRequest?.gets ?? 0 },
    storageGb: w.storageGb ?? 0,
  };
}

/** The aws-s3 component kind: an S3 bucket whose object-created notifications trigger functions. */
export const s3Component: ComponentKind<S3ComponentInput, S3Component> = {
  kind: AWS_S3,
  schema: S3ComponentSchema,
  resolve: resolveS3,
  model: s3Model,
  // One object-created event per PUT: what a bucket notification hands a triggered function.
  emits: (c) => c.perRequest.puts,
};
