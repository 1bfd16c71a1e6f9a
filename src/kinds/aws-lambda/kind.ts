import type { Architecture, Discount, ServiceKey } from '../../engine';
import type { ApiType } from '../aws-api-gateway/prices';
import type { OwnWorkload } from './ownWorkload';
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

/** SnapStart on published versions: snapshots cached while a version is active, restored on cold starts. */
export type SnapStart = {
  /** Share of invocations that restore a snapshot (the cold starts SnapStart replaces), 0…1. */
  readonly restoreRate: number;
  /** Hours each version's snapshot is cached this month. */
  readonly activeHoursPerMonth: number;
  /** Published versions with SnapStart active. */
  readonly versions: number;
};

export type LambdaSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: typeof AWS_LAMBDA;
  readonly architecture?: Architecture;
  readonly frontDoor: FrontDoor;
  readonly provisionedConcurrency?: ProvisionedConcurrency;
  readonly snapStart?: SnapStart;
  /** Workload fields this function sets for itself (memory, duration, cold starts, right-sizing inputs). */
  readonly workload?: OwnWorkload;
  readonly discount?: Discount;
};
