import type { ServiceKey } from '../../engine';
import type { Protocol, SnsPrices } from './prices';

export { PROTOCOLS, type Protocol } from './prices';

/** The component kind's id: its pricing files' `service` and its registry entry. An SNS standard topic. */
export const AWS_SNS = 'aws-sns';
export const SNS_SERVICE: ServiceKey<SnsPrices> = AWS_SNS;

/**
 * An SNS topic as the model sees it: publishes per entry request, deliveries per protocol given
 * outright (null where absent), and subscribers per protocol, which derive the absent deliveries
 * (publishes × subscribers).
 */
export type SnsComponent = {
  // ComponentBase's fields, spelled out: componentKind.ts is scenario code, which a model file may not import.
  readonly id: string;
  readonly name: string;
  readonly triggeredBy: string | null;
  readonly kind: typeof AWS_SNS;
  readonly perRequest: { readonly publishes: number } & Readonly<Record<Protocol, number | null>>;
  readonly subscribers: Readonly<Record<Protocol, number>>;
  /** Payload size: every started 64 KB of a publish is billed as one publish. */
  readonly messageKb: number;
};
