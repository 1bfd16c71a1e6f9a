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

/** "$1,234.56": USD to the cent with thousands separators, for traces and tables. */
export function formatUsd(usd: Numeric): string {
  const cents = roundToCents(usd);
  const sign = cents.isNegative() && !cents.isZero() ? '-' : '';
  const [whole = '0', frac = '00'] = cents.abs().toFixed(2).split('.');
  return `${sign}$${groupThousands(whole)}.${frac}`;
}

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
