import type { DiscountRule, LineModel, ProviderContext, SystemBase } from '../engine';
import type { ApiType } from './aws-api-gateway/prices';

/** The cloud whose account-wide charges (e.g. AWS data transfer out) apply to a system. */
export type Cloud = 'aws' | 'cloudflare' | 'azure' | 'gcp';

/**
 * What a system exposes for add-on charges to attach to: the kind states facts about itself, the
 * charges' registry (src/kinds/charges.ts) decides what they cost, so no kind calls another's model.
 */
export type Attachments = {
  readonly cloud: Cloud;
  /** An API Gateway API receives the system's requests. */
  readonly frontDoor?: ApiType;
  /** A load balancer in front of the fleet, enabled this many hours a month. */
  readonly loadBalancer?: { readonly kind: 'alb'; readonly hoursPerMonth: number };
};

/** A kind's own lines for one system, its notes, and what add-on charges may attach to. */
export type KindLines = {
  readonly lines: readonly LineModel[];
  readonly notes: readonly string[];
  readonly attach: Attachments;
};

/** A kind's engine part (pure): its model and how it takes a discount. */
export type KindModel<S extends SystemBase> = {
  readonly model: (ctx: ProviderContext, system: S) => KindLines;
  readonly discount: DiscountRule;
};

/** An add-on charge: lines it adds to any system whose attachments call for it (none: it does not apply). */
export type Charge = {
  readonly id: string;
  readonly lines: (ctx: ProviderContext, attach: Attachments) => readonly LineModel[];
};

/** The AWS Compute Savings Plan terms: Lambda, Fargate and EC2. */
export const AWS_SAVINGS_PLAN: DiscountRule = {
  savingsPlan: true,
  url: 'https://aws.amazon.com/savingsplans/compute-pricing/',
};
