import type { ServiceKey } from '../../engine';
import type { QueueType, SqsPrices } from './prices';

export { QUEUE_TYPES, type QueueType } from './prices';

/** The component kind's id: its pricing files' `service` and its registry entry. An SQS queue. */
export const AWS_SQS = 'aws-sqs';
export const SQS_SERVICE: ServiceKey<SqsPrices> = AWS_SQS;

/**
 * An SQS queue as the model sees it: messages per entry request (what a consumer receives) and/or
 * API requests given outright (null where absent), and how requests follow from messages.
 */
export type SqsComponent = {
  // ComponentBase's fields, spelled out: componentKind.ts is scenario code, which a model file may not import.
  readonly id: string;
  readonly name: string;
  readonly triggeredBy: string | null;
  readonly kind: typeof AWS_SQS;
  readonly queue: QueueType;
  readonly perRequest: { readonly messages: number | null; readonly requests: number | null };
  /** Payload size: every started 64 KB is billed as one request. */
  readonly messageKb: number;
  /** API calls one message costs unbatched: send + receive + delete by default. */
  readonly requestsPerMessage: number;
  /** Messages per ReceiveMessage/DeleteMessageBatch call (1–10). */
  readonly batchSize: number;
};
