import { type Decimal, formatUsd } from '../engine';

/**
 * The reader's locale, resolved once: every number the app lays out uses it. (The CLI, exports and
 * embeds write en-US, the engine's default.) Without a document — the build prerendering the page in
 * Node, whatever the build machine's locale — en-US, the page's language.
 */
export const USER_LOCALE: string =
  typeof document === 'undefined' ? 'en-US' : new Intl.NumberFormat().resolvedOptions().locale;

const countFormat = new Intl.NumberFormat(USER_LOCALE, { maximumFractionDigits: 0 });
const compactFormat = new Intl.NumberFormat(USER_LOCALE, { notation: 'compact', maximumSignificantDigits: 3 });
const percentFormat = new Intl.NumberFormat(USER_LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const axisUsdFormat = new Intl.NumberFormat(USER_LOCALE, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumSignificantDigits: 3,
});

/** A monthly amount for display ("$1,234.56"): the one money formatter, in the reader's locale. */
export function usd(amount: Decimal): string {
  return formatUsd(amount, USER_LOCALE);
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
  return new Intl.NumberFormat(USER_LOCALE, { maximumFractionDigits: digits }).format(n);
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
