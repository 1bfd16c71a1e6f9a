import type { Decimal } from './decimal';

/**
 * A Decimal as a JS number, read from its digits (decimal.js documents `d`, `e` and `s`: base-10^7
 * digit groups, the decimal exponent and the sign) rather than through `toNumber`'s string. Only the
 * first four groups (at least 22 significant digits) are read and the arithmetic is binary, so the
 * result is within a few parts in 10^16 of the value: good enough to decide that an exact result
 * is far from a boundary, never to stand in for one. NaN for values beyond 10^±150 (and NaN or ±Infinity).
 */
export function approxNumber(x: Decimal): number {
  const digits = x.d as readonly number[] | null | undefined;
  if (!digits) return NaN;
  const first = digits[0]!;
  if (first === 0) return 0;
  // Near the ends of a double's range (subnormals lose digits): no number, so no decision from one.
  if (x.e > APPROX_EXPONENT_LIMIT || x.e < -APPROX_EXPONENT_LIMIT) return NaN;
  let mantissa = first;
  let scale = 1;
  for (let i = 1; i < 4 && i < digits.length; i++) {
    scale /= 1e7;
    mantissa += digits[i]! * scale;
  }
  // `e` is the exponent of the leading digit; the first group holds 1 to 7 digits.
  return x.s * mantissa * Math.pow(10, x.e - groupDigits(first) + 1);
}

/** Decimal exponents beyond this are left to Decimals: products and quotients of two stay normal doubles. */
const APPROX_EXPONENT_LIMIT = 150;

function groupDigits(group: number): number {
  let n = 1;
  while (n < 7 && group >= POWERS[n]!) n++;
  return n;
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7];

/**
 * How far (relative) an {@link approxNumber} result, or a sum, difference or quotient of a few of
 * them, may stray from the exact value — with five orders of margin: a fast path takes an answer
 * from numbers only when it holds for anything within this distance.
 */
export const APPROX_RELATIVE = 1e-9;
