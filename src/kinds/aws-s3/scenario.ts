import { z } from 'zod';
import { COMPONENT_BASE, perRequestCount } from '../componentKind';
import { AWS_S3, type S3Component } from './kind';

/** An S3 bucket as written in an architecture. */
export const S3ComponentSchema = z.strictObject({
  ...COMPONENT_BASE,
  kind: z.literal(AWS_S3),
  perRequest: z.strictObject({ puts: perRequestCount.optional(), gets: perRequestCount.optional() }).optional(),
  // A billion GB (about a zettabyte) bounds a typo, not a design.
  storageGb: z.number().finite().min(0).max(1e9).optional(),
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
