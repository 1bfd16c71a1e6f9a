import type { DiscountRule, LineModel, ProviderContext, SystemBase } from '../engine';
import type { FleetSizing } from '../engine/fleet';
import type { AlbTargets } from './aws-alb/prices';
import type { ApiType } from './aws-api-gateway/prices';

/** The cloud whose account-wide charges (e.g. AWS data transfer out) apply to a system. */
export type Cloud = 'aws' | 'aws-cloudfront' | 'cloudflare' | 'azure' | 'gcp' | 'digitalocean';

/**
 * What a system exposes for add-on charges to attach to: the kind states facts about itself, the
 * charges' registry (src/kinds/charges.ts) decides what they cost, so no kind calls another's model.
 */
export type Attachments = {
  readonly cloud: Cloud;
  /**
   * The system's own region, for clouds whose systems name one (Google Cloud, Azure); absent on AWS,
   * whose systems take the scenario's region (the price book's).
   */
  readonly region?: string;
  /** An API Gateway API receives the system's requests. */
  readonly frontDoor?: ApiType;
  /** A load balancer in front of the fleet, enabled this many hours a month. */
  readonly loadBalancer?: LoadBalancerAttachment;
  /** The always-on members (instances, tasks) and what each one holds, for per-member charges. */
  readonly fleet?: FleetAttachment;
  /** NAT gateways the system's private subnets reach the internet through (an opt-in). */
  readonly nat?: NatAttachment;
};

/** NAT gateways: how many, for how long, and the KB each request sends and receives through them. */
export type NatAttachment = {
  readonly gateways: number;
  readonly hoursPerMonth: number;
  readonly kbPerRequest: number;
};

/** An Application Load Balancer: its hours, and the public IPv4 addresses of its nodes (one per AZ when internet-facing). */
export type LoadBalancerAttachment = {
  readonly kind: 'alb';
  readonly hoursPerMonth: number;
  readonly azs: number;
  readonly publicIpv4PerAz: number;
  /** Listener rules each request is evaluated against (the first 10 are free). */
  readonly rules: number;
  readonly targets: AlbTargets;
};

/** A fleet as per-member charges see it: how many members over traffic, and what each holds. */
export type FleetAttachment = {
  readonly sizing: FleetSizing;
  readonly hoursPerMonth: number;
  /** Public IPv4 addresses per member (0: private, or behind a load balancer). */
  readonly publicIpv4: number;
  /** gp3 GB per member (the EC2 root volume; 0: none, as Fargate's storage is in its price). */
  readonly ebsGb: number;
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
