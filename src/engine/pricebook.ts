import type { Decimal } from './decimal';
import type { Tier } from './tiers';

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

/** A billing model that began on a date ("Lambda arm64 from 2021-09-29"), from a file's header. */
export type BillingModelStart = {
  readonly id: string;
  readonly name: string;
  readonly since: string;
  /** The end of an opt-in period: from `since` for accounts that chose it, from this date for all. */
  readonly allAccountsFrom?: string;
  readonly source: Source;
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
  /** Billing models of the service with their start dates, where a date this file serves may precede one. */
  readonly billingModels?: readonly BillingModelStart[];
  /** The earliest date a source shows these same prices, for a file dated when they were recorded. */
  readonly unchangedSinceAtLeast?: string;
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

/**
 * The name of a service's prices in a book, typed with the prices it holds: each kind declares
 * `const SERVICE: ServiceKey<LambdaPrices> = …` once, and every lookup through it is typed.
 */
export type ServiceKey<P> = string & { readonly __prices?: P };

/** Everything the engine needs about prices for one scenario: one region, as of one date. */
export type PriceBook = {
  readonly pricingDate: string;
  readonly region: string;
  /** Each service's prices by service id (read them through `servicePrices`); a service may be absent. */
  readonly services: Readonly<Record<string, unknown>>;
  /** Every file the book was resolved from, newest effective date per service. */
  readonly files: readonly FileMeta[];
  /** Anything a reader must know about the resolution (e.g. a date earlier than the data). */
  readonly warnings: readonly string[];
  /** The same warnings by the service they are about, so a report shows only those of services it uses. */
  readonly warningsByService?: Readonly<Record<string, readonly string[]>>;
  /** A service this book has no prices for: its name for a reader, and why ("aws/fargate/2021-11-23 prices us-east-1 only"). */
  readonly unpricedWhy?: Readonly<Record<string, { readonly name: string; readonly why: string }>>;
};

/** A service's prices in a book, typed by its key; undefined when the book has none. */
export function servicePrices<P>(book: PriceBook, service: ServiceKey<P>): P | undefined {
  // The pricing layer stores under each key exactly the prices that key's reader produced.
  return Object.hasOwn(book.services, service) ? (book.services[service] as P) : undefined;
}
