import { type Decimal, centsString } from '../engine';

const usdFormat = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const compactFormat = new Intl.NumberFormat(undefined, { notation: 'compact', maximumSignificantDigits: 3 });
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const axisUsdFormat = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 });

/**
 * A monthly amount for display: rounded to cents once by the engine's `centsString`, then laid out
 * by Intl ("$1,234.56"). The number conversion is exact for any amount below $90 trillion.
 */
export function usd(amount: Decimal): string {
  return usdFormat.format(Number(centsString(amount)));
}

/** A whole count with grouping: "8,134,271". */
export function count(n: number | Decimal): string {
  return countFormat.format(typeof n === 'number' ? n : n.toDecimalPlaces(0).toNumber());
}

/** "8.13M": a large number to three significant digits. */
export function compact(n: number): string {
  return compactFormat.format(n);
}

/** A number with up to `digits` decimals: "0.381". */
export function decimal(n: number, digits = 3): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }).format(n);
}

/** "62%": a share of a whole; a non-zero share that would round to 0% shows as "<1%". */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return `<${percentFormat.format(0.01)}`;
  return percentFormat.format(share);
}

/** "$1.2K": dollar axis ticks on a chart. */
export function axisUsd(n: number): string {
  return axisUsdFormat.format(n);
}
