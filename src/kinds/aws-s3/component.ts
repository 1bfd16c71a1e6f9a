import type { ComponentKind } from '../componentKind';
import { AWS_S3, type S3Component } from './kind';
import { s3Model } from './model';
import { type S3ComponentInput, S3ComponentSchema, resolveS3 } from './scenario';

/** The aws-s3 component kind: an S3 bucket whose object-created notifications trigger functions. */
export const s3Component: ComponentKind<S3ComponentInput, S3Component> = {
  kind: AWS_S3,
  schema: S3ComponentSchema,
  resolve: resolveS3,
  model: s3Model,
  // One object-created event per PUT: what a bucket notification hands a triggered function.
  emits: (c) => c.perRequest.puts,
};
