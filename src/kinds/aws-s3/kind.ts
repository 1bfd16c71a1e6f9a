import type { ServiceKey } from '../../engine';
import type { S3Prices } from './prices';

/** The component kind's id: its pricing files' `service` and its registry entry. An S3 bucket, Standard class. */
export const AWS_S3 = 'aws-s3';
export const S3_SERVICE: ServiceKey<S3Prices> = AWS_S3;

/** An S3 bucket as the model sees it: requests per entry request and the GB-months it holds. */
export type S3Component = {
  // ComponentBase's fields, spelled out: componentKind.ts is scenario code, which a model file may not import.
  readonly id: string;
  readonly name: string;
  readonly triggeredBy: string | null;
  readonly kind: typeof AWS_S3;
  /** PUT/COPY/POST/LIST requests and GET/SELECT requests each entry request causes. */
  readonly perRequest: { readonly puts: number; readonly gets: number };
  /** GB-months of Standard storage held, whatever the traffic. */
  readonly storageGb: number;
};
