import type { Decimal } from './decimal';
import { formatQuantity, formatRate } from './money';
import type { Price } from './pricebook';

/** "$0.20 per 1M requests", "$0.0000166667/GB-s": a price as its source quotes it. */
export function priceText(p: Pick<Price, 'quotedUsd' | 'quotedPer' | 'unit'>): string {
  if (p.quotedPer.eq(1)) return `${formatRate(p.quotedUsd)}/${p.unit}`;
  return `${formatRate(p.quotedUsd)} per ${perText(p.quotedPer)} ${plural(p.unit)}`;
}

/** A quantity with its unit: "2,000,000 requests", "540,000 GB-s". */
export function quantityText(q: Decimal, unit: string, maxDecimals = 4): string {
  return `${formatQuantity(q, maxDecimals)} ${q.eq(1) ? unit : plural(unit)}`;
}

function perText(per: Decimal): string {
  if (per.eq(1_000_000)) return '1M';
  if (per.eq(1_000_000_000)) return '1B';
  return formatQuantity(per);
}

/** Plural of a unit word (request → requests, GB-hour → GB-hours); symbols (GB-s, GB) stay. */
export function plural(unit: string): string {
  if (unit.endsWith('hour')) return `${unit}s`;
  return /^[a-z]/.test(unit) && !unit.endsWith('s') ? `${unit}s` : unit;
}
