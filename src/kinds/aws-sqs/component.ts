import type { ComponentKind } from '../componentKind';
import { AWS_SQS, type SqsComponent } from './kind';
import { sqsModel } from './model';
import { sqsMessages } from './requests';
import { type SqsComponentInput, SqsComponentSchema, resolveSqs } from './scenario';

/** The aws-sqs component kind: a queue whose messages trigger a function (÷ its batch size). */
export const sqsComponent: ComponentKind<SqsComponentInput, SqsComponent> = {
  kind: AWS_SQS,
  schema: SqsComponentSchema,
  resolve: resolveSqs,
  model: sqsModel,
  // Messages received, not requests: a triggered function is invoked per batch of messages.
  emits: (c) => sqsMessages(c),
};
