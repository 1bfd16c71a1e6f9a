import { type Decimal, ZERO } from './decimal';
import type { LineItem } from './lines';
import { TracedLine } from './tracedLine';
import { formatQuantity, formatUsd } from './money';
import { evaluate } from './piecewise';
import type { PooledLine } from './pools';
import { sumUsd } from './sumUsd';

/** One part of a bill priced as a whole (a component of an architecture) and the keys of its own lines. */
export type ModelPart = {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** Keys of the lines only this part has, in the bill's order. */
  readonly keys: readonly string[];
};

/** What one part costs at R: its own lines, plus its share of each pooled line, split by quantity. */
export type PartEstimate = {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly monthlyUsd: Decimal;
  readonly lines: readonly LineItem[];
};

/**
 * Splits a bill priced as a whole into its parts: each part keeps its own lines, and a line pooled
 * across parts (one account's free tier and tiers) is shared out in proportion to each part's
 * quantity at R, the way a cost-allocation report splits one account's bill. The parts' totals add
 * up to the bill's (to Decimal precision: the shares are exact quotients).
 */
export function partEstimates(
  parts: readonly ModelPart[],
  pooled: readonly PooledLine[],
  lines: readonly LineItem[],
  r: Decimal,
): PartEstimate[] {
  const byKey = new Map(lines.map((l) => [l.key, l] as const));
  return parts.map((p) => {
    const own = p.keys.flatMap((k) => byKey.get(k) ?? []);
    const shared = pooled.flatMap((pool) => {
      const whole = byKey.get(pool.key);
      const mine = pool.shares.filter((s) => s.part === p.id);
      if (!whole || mine.length === 0) return [];
      const total = sumUsd(pool.shares.map((s) => evaluate(s.quantity, r)));
      return mine.map((s): LineItem => shareOf(whole, s.key, evaluate(s.quantity, r), total));
    });
    const mine = [...own, ...shared];
    return { id: p.id, name: p.name, kind: p.kind, monthlyUsd: sumUsd(mine.map((l) => l.usd)), lines: mine };
  });
}

function shareOf(whole: LineItem, key: string, quantity: Decimal, total: Decimal): LineItem {
  const usd = total.isZero() ? ZERO : whole.usd.times(quantity).div(total);
  const { label, unit, rate, tiers, sources, grade } = whole;
  const billableQuantity = total.isZero() ? ZERO : whole.billableQuantity.times(quantity).div(total);
  return new TracedLine(
    { key, label, quantity, unit, billableQuantity, rate, tiers, usd, sources, grade },
    () =>
      `${formatQuantity(quantity)} of ${formatQuantity(total)} ${unit} pooled in "${label}" (${formatUsd(whole.usd)}) = ${formatUsd(usd)}`,
  );
}
