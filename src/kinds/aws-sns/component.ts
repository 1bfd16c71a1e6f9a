import type { ComponentKind } from '../componentKind';
import { deliveriesPerLambdaSubscriber } from './deliveries';
import { AWS_SNS, type SnsComponent } from './kind';
import { snsModel } from './model';
import { type SnsComponentInput, SnsComponentSchema, resolveSns } from './scenario';

/** The aws-sns component kind: a topic fanning each publish out to its subscribers. */
export const snsComponent: ComponentKind<SnsComponentInput, SnsComponent> = {
  kind: AWS_SNS,
  schema: SnsComponentSchema,
  resolve: resolveSns,
  model: snsModel,
  // Each subscribed function receives its own copy of every publish.
  emits: deliveriesPerLambdaSubscriber,
};
