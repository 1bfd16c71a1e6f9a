import { type Decimal, dec } from './decimal';
import { type LineModel, type LineTag, flatTier } from './lines';
import { formatQuantity } from './money';
import { SECONDS_PER_MONTH } from './model';
import { constant } from './piecewise';
import type { Price } from './pricebook';
import { quantityText } from './priceText';

/** How many always-on members a fleet runs: a fixed count, or sized from peak traffic. */
export type FleetSizing = {
  readonly fixedCount: number | undefined;
  readonly minCount: number;
  /** Peak req/s one member serves: pinned by the user or from a capacity model (src/kinds/capacity). */
  readonly rpsPerMember: Decimal | number | undefined;
  /** Why that capacity ("t3.small: 2 vCPU × 70% ÷ 200 ms CPU = 7 req/s per instance"), for the trace. */
  readonly capacityText?: string;
  readonly peakToAverage: number;
  /** "instance", "task". */
  readonly noun: string;
};

/** One bill line of an always-on fleet: `members × quantityPerMember` units at `price`. */
export type FleetLineSpec = {
  readonly key: string;
  readonly tags?: readonly LineTag[];
  readonly label: string;
  readonly unit: string;
  readonly price: Price;
  readonly quantityPerMember: Decimal;
  /** "730 h", "0.5 vCPU × 730 h": how one member's quantity is made. */
  readonly perMemberText: string;
  readonly sizing: FleetSizing;
};

/**
 * A fleet line: a constant for a fixed count, else a staircase of
 * `max(minCount, ceil(peakRps / rpsPerMember))` members, with average RPS = requests / (730 × 3600)
 * and peak = average × peakToAverage.
 */
export function fleetLine(spec: FleetLineSpec): LineModel {
  const { fixedCount, minCount, rpsPerMember, peakToAverage, noun } = spec.sizing;
  const perMember = spec.quantityPerMember;
  if (fixedCount !== undefined || rpsPerMember === undefined) {
    const n = dec(fixedCount ?? Math.max(1, minCount));
    return {
      kind: 'metered',
      key: spec.key,
      ...(spec.tags ? { tags: spec.tags } : {}),
      label: spec.label,
      unit: spec.unit,
      quantity: constant(n.times(perMember)),
      freeUnits: dec(0),
      tiers: [flatTier(spec.price)],
      describe: (_r, q) => `${quantityText(n, noun)} × ${spec.perMemberText} = ${quantityText(q, spec.unit)}`,
    };
  }
  return {
    kind: 'fleet',
    key: spec.key,
    ...(spec.tags ? { tags: spec.tags } : {}),
    label: spec.label,
    unit: spec.unit,
    minCount: dec(minCount),
    // Not rounded: 730 h × rps is exact, and the quotient by peakToAverage keeps 34 digits (a width
    // rounded to 10^-6 was 12% off at 1e-12 RPS and 0 below 2e-13); the staircase snaps boundaries.
    requestsPerStep: dec(SECONDS_PER_MONTH).times(rpsPerMember).div(peakToAverage),
    quantityPerMember: perMember,
    price: spec.price,
    describe: (r, members) => {
      const peak = r.div(SECONDS_PER_MONTH).times(peakToAverage);
      const why = spec.sizing.capacityText === undefined ? '' : `; capacity ${spec.sizing.capacityText}`;
      return `${quantityText(members, noun)} (max(${minCount}, ⌈${formatQuantity(peak, 3)} peak RPS / ${typeof rpsPerMember === 'number' ? rpsPerMember : formatQuantity(rpsPerMember, 3)} RPS per ${noun}⌉)${why}) × ${spec.perMemberText}`;
    },
  };
}
