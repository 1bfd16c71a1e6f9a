import DecimalJs from 'decimal.js';

/**
 * The one Decimal constructor of the project: 34 significant digits (IEEE decimal128), so that
 * 10^12 requests × a 10-digit rate is exact, and half-up rounding as the providers' pages round.
 */
export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** A value the engine accepts as a number: a Decimal, a decimal string or a finite JS number. */
export type Numeric = Decimal | string | number;

/** Converts a number or decimal string to a Decimal; JS numbers go through their shortest string form. */
export function dec(value: Numeric): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

export const ZERO: Decimal = new Decimal(0);
export const ONE: Decimal = new Decimal(1);

/** The larger of two Decimals. */
export function maxDec(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b;
}

/** The smaller of two Decimals. */
export function minDec(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}
