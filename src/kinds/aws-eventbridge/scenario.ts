import { z } from 'zod/mini';
import { COMPONENT_BASE, type ComponentKind, perRequestCount } from '../componentKind';
import { AWS_EVENTBRIDGE, type EventBridgeComponent } from './kind';
import { eventBridgeModel } from './model';

/** Defaults of absent fields: a small event (one 64 KB chunk). */
export const EVENTBRIDGE_DEFAULTS = { eventKb: 1 } as const;

export const EventBridgeComponentSchema = z.strictObject({
  ...COMPONENT_BASE,
  kind: z.literal(AWS_EVENTBRIDGE),
  perRequest: z.strictObject({ events: perRequestCount }),
  // 256 KB: the largest event PutEvents accepts.
  eventKb: z.optional(z.number().check(z.positive(), z.lte(256))),
});
export type EventBridgeComponentInput = z.infer<typeof EventBridgeComponentSchema>;

/** Fills an event bus's defaults. */
export function resolveEventBridge(w: EventBridgeComponentInput): EventBridgeComponent {
  return {
    id: w.id,
    name: w.name ?? w.id,
    kind: w.kind,
    triggeredBy: w.triggeredBy ?? null,
    eventsPerRequest: w.perRequest.events,
    eventKb: w.eventKb ?? EVENTBRIDGE_DEFAULTS.eventKb,
  };
}

/** The EventBridge component kind: custom events on a bus, handed to the targets of its rules. */
export const eventBridgeKind: ComponentKind<EventBridgeComponentInput, EventBridgeComponent> = {
  kind: AWS_EVENTBRIDGE,
  schema: EventBridgeComponentSchema,
  resolve: resolveEventBridge,
  model: eventBridgeModel,
  // A rule's target receives each matching event once (the bus does not batch).
  emits: (c) => c.eventsPerRequest,
};
