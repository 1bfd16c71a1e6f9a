import { Decimal, ZERO } from './decimal';

/**
 * Wide enough to add 34-digit amounts whose magnitudes differ by thousands of decades without
 * dropping a digit: decimal.js only spends digits the operands have, so this costs nothing extra.
 */
const Wide = Decimal.clone({ precision: 10_000 });

/**
 * The exact sum of amounts, rounded once to 34 significant digits (half-up). Adding 34-digit
 * Decimals one by one rounds at every step, so lines and the credits that cancel them could
 * total −3e-36 instead of 0; summed exactly, a credit that cancels its lines leaves exactly 0.
 */
export function sumUsd(amounts: readonly Decimal[]): Decimal {
  return amounts.length === 0 ? ZERO : new Decimal(Wide.sum(...amounts)).toSignificantDigits(34, Decimal.ROUND_HALF_UP);
}

/**
 * The exact sum rounded once toward zero: the cost a credit may offset. A credit of −min(S, c)
 * then never exceeds the lines it offsets, so lines plus credit are never below zero.
 */
export function sumUsdTowardZero(amounts: readonly Decimal[]): Decimal {
  return amounts.length === 0 ? ZERO : new Decimal(Wide.sum(...amounts)).toSignificantDigits(34, Decimal.ROUND_DOWN);
}
