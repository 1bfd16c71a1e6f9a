import { z } from 'zod/mini';
import { COMPONENT_BASE, type ComponentKind, perRequestCount } from '../componentKind';
import { AWS_SNS, PROTOCOLS, type Protocol, type SnsComponent } from './kind';
import { deliveriesPerLambdaSubscriber } from './deliveries';
import { snsModel } from './model';

/** Defaults: 1 KB messages, no subscribers. */
export const SNS_DEFAULTS = { messageKb: 1 } as const;

// A topic holds up to 12.5 M subscriptions; a fan-out of thousands is already unusual.
const subscriberCount = z.number().check(z.int(), z.gte(0), z.lte(12_500_000));

/** An SNS standard topic as written in an architecture. */
export const SnsComponentSchema = z.strictObject({
  ...COMPONENT_BASE,
  kind: z.literal(AWS_SNS),
  perRequest: z.optional(
    z.strictObject({
      publishes: z.optional(perRequestCount),
      lambdaDeliveries: z.optional(perRequestCount),
      sqsDeliveries: z.optional(perRequestCount),
      httpDeliveries: z.optional(perRequestCount),
      emailDeliveries: z.optional(perRequestCount),
    }),
  ),
  // A number: that many Lambda subscribers (the fan-out of the brief); or a count per protocol.
  subscribers: z.optional(
    z.union([
      subscriberCount,
      z.strictObject({
        lambda: z.optional(subscriberCount),
        sqs: z.optional(subscriberCount),
        http: z.optional(subscriberCount),
        email: z.optional(subscriberCount),
      }),
    ]),
  ),
  // SNS payloads go up to 256 KB.
  messageKb: z.optional(z.number().check(z.positive(), z.lte(256))),
});
export type SnsComponentInput = z.infer<typeof SnsComponentSchema>;

/** Fills a topic's defaults; a bare subscriber count means Lambda subscribers. */
export function resolveSns(w: SnsComponentInput): SnsComponent {
  const s = typeof w.subscribers === 'number' ? { lambda: w.subscribers } : (w.subscribers ?? {});
  const p = w.perRequest ?? {};
  const given: Record<Protocol, number | undefined> = {
    lambda: p.lambdaDeliveries,
    sqs: p.sqsDeliveries,
    http: p.httpDeliveries,
    email: p.emailDeliveries,
  };
  const subscribers = Object.fromEntries(PROTOCOLS.map((k) => [k, s[k] ?? 0])) as Record<Protocol, number>;
  const deliveries = Object.fromEntries(PROTOCOLS.map((k) => [k, given[k] ?? null])) as Record<Protocol, number | null>;
  return {
    id: w.id,
    name: w.name ?? w.id,
    kind: w.kind,
    triggeredBy: w.triggeredBy ?? null,
    perRequest: { publishes: p.publishes ?? 0, ...deliveries },
    subscribers,
    messageKb: w.messageKb ?? SNS_DEFAULTS.messageKb,
  };
}

/** The aws-sns component kind: a topic fanning each publish out to its subscribers. */
export const snsComponent: ComponentKind<SnsComponentInput, SnsComponent> = {
  kind: AWS_SNS,
  schema: SnsComponentSchema,
  resolve: resolveSns,
  model: snsModel,
  // Each subscribed function receives its own copy of every publish.
  emits: deliveriesPerLambdaSubscriber,
};
