import type { ServiceKey } from '../../engine';
import type { ComponentBase } from '../componentTypes';
import type { EventBridgePrices } from './prices';

/** The component kind's id: its pricing files' `service` and its registry entry. An EventBridge event bus. */
export const AWS_EVENTBRIDGE = 'aws-eventbridge';
export const EVENTBRIDGE_SERVICE: ServiceKey<EventBridgePrices> = AWS_EVENTBRIDGE;

/** An event bus, resolved: the custom events each entry request publishes and their size. */
export type EventBridgeComponent = ComponentBase & {
  readonly eventsPerRequest: number;
  /** Payload size of one event; every 64 KB chunk is billed as one event. */
  readonly eventKb: number;
};
