import { z } from 'zod/mini';
import { COMPONENT_BASE, type ComponentKind, perRequestCount } from '../componentKind';
import { AWS_SQS, QUEUE_TYPES, type SqsComponent } from './kind';
import { sqsModel } from './model';
import { sqsMessages } from './requests';

/** Defaults: a standard queue, 1 KB messages, send + receive + delete each unbatched. */
export const SQS_DEFAULTS = { queue: 'standard', messageKb: 1, requestsPerMessage: 3, batchSize: 1 } as const;

/** An SQS queue as written in an architecture. */
export const SqsComponentSchema = z.strictObject({
  ...COMPONENT_BASE,
  kind: z.literal(AWS_SQS),
  queue: z.optional(z.enum(QUEUE_TYPES)),
  perRequest: z.optional(
    z.strictObject({ messages: z.optional(perRequestCount), requests: z.optional(perRequestCount) }),
  ),
  // SQS payloads go up to 1 MiB (256 KB before August 2025).
  messageKb: z.optional(z.number().check(z.positive(), z.lte(1024))),
  // At least the send; 10 covers retries and visibility changes without inviting typos.
  requestsPerMessage: z.optional(z.number().check(z.gte(1), z.lte(10))),
  // ReceiveMessage and DeleteMessageBatch take at most 10 messages a call.
  batchSize: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10))),
});
export type SqsComponentInput = z.infer<typeof SqsComponentSchema>;

/** Fills a queue's defaults. */
export function resolveSqs(w: SqsComponentInput): SqsComponent {
  return {
    id: w.id,
    name: w.name ?? w.id,
    kind: w.kind,
    triggeredBy: w.triggeredBy ?? null,
    queue: w.queue ?? SQS_DEFAULTS.queue,
    perRequest: { messages: w.perRequest?.messages ?? null, requests: w.perRequest?.requests ?? null },
    messageKb: w.messageKb ?? SQS_DEFAULTS.messageKb,
    requestsPerMessage: w.requestsPerMessage ?? SQS_DEFAULTS.requestsPerMessage,
    batchSize: w.batchSize ?? SQS_DEFAULTS.batchSize,
  };
}

/** The aws-sqs component kind: a queue whose messages trigger a function (÷ its batch size). */
export const sqsComponent: ComponentKind<SqsComponentInput, SqsComponent> = {
  kind: AWS_SQS,
  schema: SqsComponentSchema,
  resolve: resolveSqs,
  model: sqsModel,
  // Messages received, not requests: a triggered function is invoked per batch of messages.
  emits: (c) => sqsMessages(c),
};
