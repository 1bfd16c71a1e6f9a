import { type Decimal, ZERO } from './decimal';
import { type CostCurve } from './curve';
import { formatUsd } from './money';
import { type Piecewise, compose, constant, evaluate } from './piecewise';
import type { Price, TieredPrice } from './pricebook';
import { priceText, quantityText } from './priceText';
import { type Staircase, unitsAt } from './staircase';
import { tierCostFunction, tierShares } from './tiers';
import { type LineFigures, TracedLine, provenance } from './tracedLine';

export { worstGrade } from './tracedLine';

/**
 * What a cross-cutting rule selects lines by, instead of their keys: `compute` lines are what a
 * savings plan, a committed-use or a negotiated discount covers (not requests, front doors or
 * data transfer).
 */
export const LINE_TAGS = ['compute'] as const;
export type LineTag = (typeof LINE_TAGS)[number];
/** The tags of a compute line. */
export const COMPUTE: readonly LineTag[] = ['compute'];

/** Usage metered in some unit (requests, GB-s, GB, hours) and priced through tiers after a free allowance. */
export type MeteredLine = {
  readonly kind: 'metered';
  readonly key: string;
  readonly tags?: readonly LineTag[];
  readonly label: string;
  readonly unit: string;
  /** Usage in `unit` as an exact function of monthly requests R. */
  readonly quantity: Piecewise;
  readonly freeUnits: Decimal;
  readonly tiers: readonly TieredPrice[];
  /** How the usage was derived, e.g. "3,000,000 requests × 120 ms × 1.5 GB". */
  readonly describe: (requests: Decimal, quantity: Decimal) => string;
  /**
   * Account-level metering: within one architecture, metered lines with the same pool (e.g.
   * `aws-lambda:duration:x86_64:us-east-1`, `aws-sqs:requests:standard:us-east-1`) share one free
   * allowance and one set of tiers, as AWS bills an account; absent, the line is billed on its own.
   */
  readonly pool?: string;
  /**
   * One free allowance shared by pools priced apart (Lambda's free GB-s across x86_64 and arm64, SQS's
   * free million across standard and FIFO queues): within one architecture only the first pool of a
   * `freePool` keeps `freeUnits` (exact whenever that pool uses the whole allowance).
   */
  readonly freePool?: string;
};

/** An always-on fleet sized from traffic: each member bills `quantityPerMember` units of `price`. */
export type FleetLine = {
  readonly kind: 'fleet';
  readonly key: string;
  readonly tags?: readonly LineTag[];
  readonly label: string;
  readonly unit: string;
  readonly minCount: Decimal;
  readonly requestsPerStep: Decimal;
  readonly quantityPerMember: Decimal;
  readonly price: Price;
  readonly describe: (requests: Decimal, members: Decimal) => string;
};

/**
 * A line computed from other lines of the same system: `transform(S)` where S is the summed cost
 * of the lines named in `of` and `transform` is a continuous piecewise-linear function of dollars —
 * a discount (−17% × S) or a dollar-valued free tier (−min(S, credit)). Exact like the others:
 * its curve is the transform composed with the referenced lines' curves (`derived.ts`, `bill.ts`).
 */
export type DerivedLine = {
  readonly kind: 'derived';
  readonly key: string;
  readonly tags?: readonly LineTag[];
  readonly label: string;
  /** Keys of the metered or fleet lines this line is computed from. */
  readonly of: readonly string[];
  /** USD → USD, continuous; applied to the referenced lines' summed cost. */
  readonly transform: Piecewise;
  /** The figure the line applies (a percentage, a free allowance's unit price), for the trace and sources. */
  readonly rate: Price;
  /** The arithmetic in words, given the referenced cost S and the result. */
  readonly describe: (requests: Decimal, baseUsd: Decimal, usd: Decimal) => string;
};

/** A line priced from usage: metered or an always-on fleet. */
export type BaseLine = MeteredLine | FleetLine;

/** One line of a bill before it is evaluated: the provider's mapping of the workload. */
export type LineModel = BaseLine | DerivedLine;

/** One evaluated line of a bill: what the UI table, the CLI and the exports show. */
export type LineItem = LineFigures & {
  /** The arithmetic in words: "2,000,000 requests × $0.20 per 1M requests = $0.40". */
  readonly trace: string;
};

/** Evaluates a metered or fleet line at R monthly requests, with its trace (derived lines: `derived.ts`). */
export function evaluateLine(line: BaseLine, requests: Decimal): LineItem {
  return line.kind === 'metered' ? evaluateMetered(line, requests) : evaluateFleet(line, requests);
}

/** The monthly cost of a metered or fleet line as an exact curve in R. */
export function lineCurve(line: BaseLine): CostCurve {
  if (line.kind === 'metered') {
    return { linear: compose(tierCostFunction(line.tiers, line.freeUnits), line.quantity), steps: [] };
  }
  const step: Staircase = {
    usdPerUnit: line.quantityPerMember.times(line.price.usdPerUnit),
    minCount: line.minCount,
    requestsPerStep: line.requestsPerStep,
  };
  return { linear: constant(0), steps: [step] };
}

/**
 * A line's cost at R without its trace: what a sweep over hundreds of sizes needs. The same
 * primitives as {@link evaluateLine} (a test checks both agree).
 */
export function lineCostAt(line: BaseLine, requests: Decimal): Decimal {
  if (line.kind === 'metered')
    return tierShares(line.tiers, line.freeUnits, evaluate(line.quantity, requests)).reduce(
      (s, t) => s.plus(t.usd),
      ZERO,
    );
  return fleetMembers(line, requests).times(line.quantityPerMember).times(line.price.usdPerUnit);
}

function fleetMembers(line: FleetLine, requests: Decimal): Decimal {
  return unitsAt({ usdPerUnit: ZERO, minCount: line.minCount, requestsPerStep: line.requestsPerStep }, requests);
}

function evaluateMetered(line: MeteredLine, requests: Decimal): LineItem {
  const quantity = evaluate(line.quantity, requests);
  const shares = tierShares(line.tiers, line.freeUnits, quantity);
  const usd = shares.length === 1 ? shares[0]!.usd : shares.reduce((s, t) => s.plus(t.usd), ZERO);
  const billable = shares.length === 1 ? shares[0]!.quantity : shares.reduce((s, t) => s.plus(t.quantity), ZERO);
  const firstTier = line.tiers[shares[0]?.tierIndex ?? tierIndexOf(line.tiers, line.freeUnits)]!;
  const { sources, grade } = provenance(line.tiers);
  const { key, label, unit } = line;
  const figures = {
    key,
    label,
    quantity,
    unit,
    billableQuantity: billable,
    rate: firstTier,
    tiers: shares,
    usd,
    sources,
    grade,
  };
  return new TracedLine(figures, () => {
    const head = line.describe(requests, quantity);
    const free = line.freeUnits.gt(0)
      ? ` − ${quantityText(line.freeUnits, line.unit)} free = ${quantityText(billable, line.unit)}`
      : '';
    const priced =
      shares.length <= 1
        ? ` × ${priceText(firstTier)}`
        : `, tiered: ${shares.map((s) => `${quantityText(s.quantity, line.unit)} × ${priceText(line.tiers[s.tierIndex]!)}`).join(' + ')}`;
    return `${head}${free}${priced} = ${formatUsd(usd)}`;
  });
}

function evaluateFleet(line: FleetLine, requests: Decimal): LineItem {
  const members = fleetMembers(line, requests);
  const quantity = members.times(line.quantityPerMember);
  const usd = quantity.times(line.price.usdPerUnit);
  const { key, label, unit, price } = line;
  const tiers = [{ tierIndex: 0, quantity, ratePerUnit: price.usdPerUnit, usd }];
  const sources = [price.source];
  return new TracedLine(
    { key, label, quantity, unit, billableQuantity: quantity, rate: price, tiers, usd, sources, grade: price.grade },
    () =>
      `${line.describe(requests, members)} = ${quantityText(quantity, line.unit)} × ${priceText(line.price)} = ${formatUsd(usd)}`,
  );
}

function tierIndexOf(tiers: readonly TieredPrice[], units: Decimal): number {
  const i = tiers.findIndex((t) => t.upTo === null || t.upTo.gt(units));
  return i < 0 ? tiers.length - 1 : i;
}

/**
 * A single-rate price as a one-tier table: the same object for the same price (every model a sweep
 * builds asks for its prices' tiers again; prices are immutable, so one copy serves them all).
 */
export function flatTier(p: Price): TieredPrice {
  let tier = flatTiers.get(p);
  if (tier === undefined) {
    tier = { ...p, upTo: null, ratePerUnit: p.usdPerUnit };
    flatTiers.set(p, tier);
  }
  return tier;
}

const flatTiers = new WeakMap<Price, TieredPrice>();
