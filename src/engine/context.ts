import { type Decimal, dec } from './decimal';
import { EngineError } from './errors';
import type { LineModel } from './lines';
import type { PricingOptions, SystemBase, Workload } from './model';
import type { LimitFinding } from './limits';
import type { ModelPart } from './parts';
import type { PooledLine } from './pools';
import { type FileMeta, type PriceBook, type ServiceKey, servicePrices } from './pricebook';

/** What every kind's model gets: the prices, the shared workload and the scenario options. */
export type ProviderContext = {
  readonly book: PriceBook;
  readonly workload: Workload;
  readonly options: PricingOptions;
  /** Dotted path of the system being mapped, for error messages: `systems[1]`. */
  readonly path: string;
};

/** A kind's mapping of one system: its bill lines and the notes a reader should see. */
export type SystemModel = {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly lines: readonly LineModel[];
  readonly notes: readonly string[];
  /** A bill priced as a whole from parts (an architecture's components): which lines are whose. */
  readonly parts?: readonly ModelPart[];
  /** Lines merged across parts (one account's free tier and tiers), to split back by quantity. */
  readonly pooled?: readonly PooledLine[];
  /** Documented platform limits the workload runs into (absent: none); `unable` ones exclude it from the cheapest. */
  readonly limits?: readonly LimitFinding[];
};

/** Maps one system onto its model; the kinds' registry provides it (the core knows no kind). */
export type SystemModeler = (ctx: ProviderContext, system: SystemBase) => SystemModel;

/** The prices of a service, or an error naming the field that asked for it. */
export function requireService<P>(ctx: ProviderContext, service: ServiceKey<P>, field: string): P {
  const prices = servicePrices(ctx.book, service);
  if (!prices) {
    const why = ctx.book.unpricedWhy?.[service];
    throw new EngineError(
      field,
      `no sourced price for ${why?.name ?? service} in ${ctx.book.region} as of ${ctx.book.pricingDate}${why ? ` (${why.why})` : ''}`,
      'unpriced',
    );
  }
  return prices;
}

/**
 * Refuses a billing model before it existed: when `meta` lists model `id` with a start date after
 * the book's pricing date, an `unpriced` {@link EngineError} names the model and its start date, so
 * that system's row says why and the others still price. In an opt-in period (from `since` for
 * accounts that chose it, for all from `allAccountsFrom`) it returns a note saying so; otherwise null.
 */
export function requireBillingModel(ctx: ProviderContext, meta: FileMeta, id: string, field: string): string | null {
  const m = meta.billingModels?.find((x) => x.id === id);
  if (!m) return null;
  const date = ctx.book.pricingDate;
  const allFrom = m.allAccountsFrom ? ` (for all accounts from ${m.allAccountsFrom})` : '';
  if (date < m.since)
    throw new EngineError(
      field,
      `${m.name} did not exist before ${m.since}${allFrom}: it cannot be priced as of ${date} (${m.source.title})`,
      'unpriced',
    );
  if (m.allAccountsFrom && date < m.allAccountsFrom)
    return `${m.name} was opt-in from ${m.since} until ${m.allAccountsFrom}, when it became every account's billing model; priced as if opted in.`;
  return null;
}

/** Duration rounded up to the billing granularity: 120 ms → 200 ms at 100 ms granularity. */
export function billedMs(durationMs: number, granularityMs: number): Decimal {
  return dec(durationMs).div(granularityMs).ceil().times(granularityMs);
}

/** MB → GB the way AWS's pricing pages do it: divide by 1024. */
export function gbFromMb(mb: number): Decimal {
  return dec(mb).div(1024);
}
