import type { Decimal } from './decimal';
import type { Tier } from './tiers';
import type { AzureFunctionsPrices, CloudflareWorkersPrices, CloudRunPrices, VmPrices } from './pricebookClouds';

/** How much to trust a price: the provider's own page, a third party quoting it, or arithmetic on those. */
export type Grade = 'official' | 'secondary' | 'derived';

/** Where a price comes from, and the date that source shows (null when it shows none). */
export type Source = {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly dateShown: string | null;
  readonly retrieved: string;
  readonly grade: Grade;
  readonly note?: string;
};

/** Identity of one pricing file: `aws/lambda/2022-08-01`. */
export type FileMeta = {
  readonly id: string;
  readonly service: string;
  readonly effectiveDate: string;
  readonly title: string;
  readonly sources: readonly Source[];
  readonly notes: readonly string[];
};

/** A unit price as the source quotes it ("$0.20 per 1,000,000 requests") and per single unit. */
export type Price = {
  readonly usdPerUnit: Decimal;
  readonly quotedUsd: Decimal;
  readonly quotedPer: Decimal;
  readonly unit: string;
  readonly grade: Grade;
  readonly source: Source;
  readonly fileId: string;
};

/** A price tier: the rate applies to cumulative usage up to `upTo` units (null: unbounded). */
export type TieredPrice = Price & Tier;

export const ARCHITECTURES = ['x86_64', 'arm64'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

/** AWS Lambda prices and billing rules for one region, as of one date. */
export type LambdaPrices = {
  readonly meta: FileMeta;
  readonly rules: {
    readonly billingGranularityMs: number;
    readonly memoryMb: { readonly min: number; readonly max: number; readonly step: number };
    readonly ephemeralStorageMb: { readonly included: number; readonly min: number; readonly max: number };
    readonly architectures: readonly Architecture[];
    readonly initBilledOnDemand: boolean;
    readonly maxInitMs: number;
    readonly provisionedConcurrencyRoundingMinutes: number;
    readonly freeTier: { readonly requests: Decimal; readonly gbSeconds: Decimal };
  };
  readonly requests: Price;
  readonly duration: Readonly<Partial<Record<Architecture, readonly TieredPrice[]>>>;
  readonly provisionedConcurrency: Readonly<Partial<Record<Architecture, Price>>>;
  readonly provisionedDuration: Readonly<Partial<Record<Architecture, Price>>>;
  readonly ephemeralStorage: Price | null;
};

export const API_TYPES = ['http-api', 'rest-api'] as const;
export type ApiType = (typeof API_TYPES)[number];

/** Amazon API Gateway request prices (tiered) and the 12-month free tier. */
export type ApiGatewayPrices = {
  readonly meta: FileMeta;
  readonly requests: Readonly<Partial<Record<ApiType, readonly TieredPrice[]>>>;
  readonly rules: {
    /** HTTP APIs meter each request in this many KB (512): a 4.5 MB request counts as 9. */
    readonly httpApiMeteringKb: number;
    readonly freeTierRequests: Readonly<Partial<Record<ApiType, Decimal>>>;
  };
};

/** One EC2 instance type: size and on-demand hourly price. */
export type InstanceType = {
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly architecture: Architecture;
  readonly hourly: Price;
};

/** EC2 on-demand Linux prices. */
export type Ec2Prices = {
  readonly meta: FileMeta;
  readonly hoursPerMonth: number;
  readonly instances: Readonly<Record<string, InstanceType>>;
};

/** Application Load Balancer prices and the LCU capacity used to convert traffic into LCU-hours. */
export type AlbPrices = {
  readonly meta: FileMeta;
  readonly hourly: Price;
  readonly lcuHourly: Price;
  /** New connections per second one LCU absorbs (25): the dimension that binds for short requests. */
  readonly newConnectionsPerSecondPerLcu: number;
};

/** AWS Fargate (Linux) per-hour prices by architecture. */
export type FargatePrices = {
  readonly meta: FileMeta;
  readonly vcpuHourly: Readonly<Partial<Record<Architecture, Price>>>;
  readonly gbHourly: Readonly<Partial<Record<Architecture, Price>>>;
  readonly rules: { readonly minimumBilledSeconds: number; readonly includedEphemeralGb: number };
};

/** Data transfer out to the internet (tiered per GB) and the account-wide free allowance. */
export type DataTransferPrices = {
  readonly meta: FileMeta;
  readonly internetOut: readonly TieredPrice[];
  readonly freeGbPerMonth: Decimal;
};

/** The prices of every service, keyed by service id; a service may be absent in a book. */
export type ServicePrices = {
  'aws-lambda': LambdaPrices;
  'aws-api-gateway': ApiGatewayPrices;
  'aws-ec2': Ec2Prices;
  'aws-alb': AlbPrices;
  'aws-fargate': FargatePrices;
  'aws-data-transfer': DataTransferPrices;
  'cloudflare-workers': CloudflareWorkersPrices;
  'azure-functions': AzureFunctionsPrices;
  'azure-vm': VmPrices;
  'gcp-cloud-run': CloudRunPrices;
  'gcp-compute': VmPrices;
};
export type ServiceId = keyof ServicePrices;

/** Everything the engine needs about prices for one scenario: one region, as of one date. */
export type PriceBook = {
  readonly pricingDate: string;
  readonly region: string;
  readonly services: Readonly<Partial<ServicePrices>>;
  /** Every file the book was resolved from, newest effective date per service. */
  readonly files: readonly FileMeta[];
  /** Anything a reader must know about the resolution (e.g. a date earlier than the data). */
  readonly warnings: readonly string[];
};
