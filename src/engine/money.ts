import { Decimal, type Numeric, dec } from './decimal';

/**
 * Rounds a USD amount to cents, half-up, as the providers' worked examples do. This is the only
 * place money is rounded; the engine carries full precision everywhere else.
 */
export function roundToCents(usd: Numeric): Decimal {
  return dec(usd).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** A USD amount as a fixed two-decimal string ("1.87"), after {@link roundToCents}. */
export function centsString(usd: Numeric): string {
  return roundToCents(usd).toFixed(2);
}

/** Intl's USD layout per locale, built once each: constructing a NumberFormat costs far more than formatting. */
const usdLayouts = new Map<string, Intl.NumberFormat>();

/**
 * "$1,234.56": a USD amount to the cent, the one money formatter of the project. It rounds once,
 * with {@link centsString}, and lays the exact cents out for `locale`: en-US (the default) for
 * traces, the CLI, exports and embeds; the app passes its reader's locale ("1.234,56 $" in de-DE).
 * Intl is handed the cents as a decimal string, never a float, so no amount can lose a cent.
 */
export function formatUsd(usd: Numeric, locale = 'en-US'): string {
  let layout = usdLayouts.get(locale);
  if (layout === undefined) {
    layout = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    usdLayouts.set(locale, layout);
  }
  const cents = centsString(usd);
  // Intl reads a decimal string exactly only within a double's range (beyond ~1.8e308 it prints ∞),
  // so amounts no bill reaches (a hostile link's cost per million) keep the plain layout.
  if (dec(cents).abs().gte(HUGE_USD)) {
    const [whole = '0', frac = '00'] = cents.replace('-', '').split('.');
    return `${cents.startsWith('-') ? '-' : ''}$${groupThousands(whole)}.${frac}`;
  }
  return layout.format(cents as Intl.StringNumericLiteral);
}

/** Above this, formatUsd lays money out by hand rather than through Intl. */
const HUGE_USD = dec('1e21');

/** "$0.0000166667": a unit rate with every significant digit the source printed. */
export function formatRate(usd: Numeric): string {
  const d = dec(usd);
  const fixed = d.toFixed(Math.max(2, d.decimalPlaces()));
  const [whole = '0', frac = ''] = fixed.split('.');
  return `$${groupThousands(whole)}.${frac}`;
}

/** "1,234,567.5": a quantity with thousands separators and at most `maxDecimals` decimals. */
export function formatQuantity(value: Numeric, maxDecimals = 4): string {
  const d = dec(value).toDecimalPlaces(maxDecimals, Decimal.ROUND_HALF_UP);
  const [whole = '0', frac] = d.abs().toFixed().split('.');
  const sign = d.isNegative() && !d.isZero() ? '-' : '';
  return `${sign}${groupThousands(whole)}${frac ? `.${frac}` : ''}`;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
