import { type Decimal, dec } from './decimal';
import { EngineError } from './errors';
import type { LineModel } from './lines';
import type { PricingOptions, SystemBase, Workload } from './model';
import type { ModelPart } from './parts';
import type { PooledLine } from './pools';
import { type PriceBook, type ServiceKey, servicePrices } from './pricebook';

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

/** Duration rounded up to the billing granularity: 120 ms → 200 ms at 100 ms granularity. */
export function billedMs(durationMs: number, granularityMs: number): Decimal {
  return dec(durationMs).div(granularityMs).ceil().times(granularityMs);
}

/** MB → GB the way AWS's pricing pages do it: divide by 1024. */
export function gbFromMb(mb: number): Decimal {
  return dec(mb).div(1024);
}
