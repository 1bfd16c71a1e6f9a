import DecimalJs from 'decimal.js';

/** Room for any sum a test meets without one rounding on the way. */
const Exact = DecimalJs.clone({ precision: 100_000, rounding: DecimalJs.ROUND_HALF_UP });

/**
 * The sum of amounts added without rounding, then rounded once to 34 significant digits: what a
 * total of lines must equal (adding 34-digit Decimals one by one rounds at each step, and can make
 * lines that cancel total −3e-36).
 */
export function exactSum(amounts: readonly { toString(): string }[]): DecimalJs {
  return amounts.reduce<DecimalJs>((s, a) => s.plus(a.toString()), new Exact(0)).toSignificantDigits(34);
}
