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

/** How the function is deployed: a ZIP archive or a container image. */
export type PackageType = 'zip' | 'image';
/** An AWS-managed runtime (Node.js, Python…) or a custom runtime (`provided.*`, a bootstrap of its own). */
export type RuntimeKind = 'managed' | 'custom';

export type LambdaSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: typeof AWS_LAMBDA;
  readonly architecture?: Architecture;
  readonly frontDoor: FrontDoor;
  readonly provisionedConcurrency?: ProvisionedConcurrency;
  /** Decides whether INIT was billed before 2025-08-01: container images and custom runtimes always were. */
  readonly packageType: PackageType;
  readonly runtime: RuntimeKind;
  readonly discount?: Discount;
};
