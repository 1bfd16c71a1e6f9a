import type { Architecture, Discount, ServiceKey } from '../../engine';
import type { ApiType } from '../aws-api-gateway/prices';
import type { LambdaPrices } from './prices';

/** The kind's id: in scenarios, links, pricing files (`service`) and every registry. */
export const AWS_LAMBDA = 'aws-lambda';
/** Lambda's prices in a book (the pricing files' service id is the kind's). */
export const LAMBDA_SERVICE: ServiceKey<LambdaPrices> = AWS_LAMBDA;

/** What receives the function's HTTP traffic: nothing (invoked directly) or an API Gateway API. */
export type FrontDoor = 'none' | ApiType;

export type ProvisionedConcurrency = {
  readonly concurrency: number;
  readonly hoursPerMonth: number;
  /** Requests served on PC at the scenario's traffic; by default the share of time PC is on. */
  readonly requestsPerMonth?: number;
  readonly durationMs?: number;
};

export type LambdaSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: typeof AWS_LAMBDA;
  readonly architecture?: Architecture;
  readonly frontDoor: FrontDoor;
  readonly provisionedConcurrency?: ProvisionedConcurrency;
  readonly discount?: Discount;
};
