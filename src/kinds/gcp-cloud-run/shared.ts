import { type Decimal, ZERO, dec } from '../../engine/decimal';
import { creditTransform } from '../../engine/derived';
import { type LineModel, type LineTag, flatTier } from '../../engine/lines';
import { formatUsd } from '../../engine/money';
import type { Piecewise } from '../../engine/piecewise';
import type { Price } from '../../engine/pricebook';
import type { CloudRunPrices, CloudRunTier } from './prices';
import { priceText, quantityText } from '../../engine/priceText';

/** What both Cloud Run billing modes need: the tier's prices and the workload mapped onto an instance. */
export type CloudRunMapping = {
  readonly prices: CloudRunPrices;
  readonly tier: CloudRunTier;
  readonly tierName: string;
  readonly memoryGib: Decimal;
  /** "512 MB → 0.5 GiB" or "1 GiB". */
  readonly memoryText: string;
  readonly concurrency: number;
  /** "512 MB → 0.5 GiB; 1 vCPU; 200 ms billed as 200 ms". */
  readonly mappingText: string;
};

/**
 * The GiB an instance is billed for: its own `memoryGib`, else the memory it runs with (the workload's,
 * or an architecture component's own) in GiB. The editor shows the same figure the bill uses.
 */
export function memoryGibOf(system: { readonly memoryGib?: number | undefined }, memoryMb: number): Decimal {
  return system.memoryGib !== undefined ? dec(system.memoryGib) : dec(memoryMb).div(1024);
}

/** A metered line with one flat price and no free units (Cloud Run's free tier is a dollar credit). */
export function metered(
  key: string,
  label: string,
  unit: string,
  quantity: Piecewise,
  price: Price,
  describe: (r: Decimal, q: Decimal) => string,
  tags: readonly LineTag[] = [],
): LineModel {
  return { kind: 'metered', key, tags, label, unit, quantity, freeUnits: ZERO, tiers: [flatTier(price)], describe };
}

/** Google's free tier as a dollar discount: the free units valued at Tier 1 prices, capped at the cost they offset. */
export function freeTierCredit(
  key: string,
  unit: string,
  freeUnits: Decimal,
  tier1: Price,
  of: readonly string[],
  tags: readonly LineTag[] = [],
): LineModel {
  const credit = freeUnits.times(tier1.usdPerUnit);
  return {
    kind: 'derived',
    key,
    tags,
    label: `Free tier (${unit})`,
    of,
    transform: creditTransform(credit),
    rate: tier1,
    describe: (_r, base, usd) =>
      `−min(${formatUsd(base)} of ${unit} charges, ${quantityText(freeUnits, unit)} free × ${priceText(tier1)} (Tier 1) = ${formatUsd(credit)}) = ${formatUsd(usd)}`,
  };
}
