import { type Decimal, ZERO } from './decimal';
import { type CostCurve, ZERO_CURVE, addCurves } from './curve';
import { composeCurve } from './composeCurve';
import type { DerivedLine, LineItem } from './lines';
import { TracedLine } from './tracedLine';
import { sumUsdTowardZero } from './sumUsd';
import { affine, constant, evaluate } from './piecewise';
import type { Piecewise } from './piecewise';

/** The values of the lines a derived line is computed from, in its order; a missing one is a model bug. */
export function referenced<T>(line: DerivedLine, byKey: ReadonlyMap<string, T>): T[] {
  return line.of.map((k) => {
    const v = byKey.get(k);
    if (v === undefined)
      throw new Error(`derived line ${line.key} refers to ${k}, which is not a line before it in the system`);
    return v;
  });
}

/** A derived line at R, from the already evaluated lines it refers to. */
export function evaluateDerived(line: DerivedLine, requests: Decimal, byKey: ReadonlyMap<string, LineItem>): LineItem {
  const base = sumUsdTowardZero(referenced(line, byKey).map((i) => i.usd));
  const usd = evaluate(line.transform, base);
  const { key, label, rate } = line;
  return new TracedLine(
    {
      key,
      label,
      quantity: base,
      unit: 'USD',
      billableQuantity: base,
      rate,
      tiers: [],
      usd,
      sources: [rate.source],
      grade: rate.grade,
    },
    () => line.describe(requests, base, usd),
  );
}

/** A derived line's exact curve: its transform composed with the referenced lines' summed curve. */
export function derivedCurve(line: DerivedLine, byKey: ReadonlyMap<string, CostCurve>): CostCurve {
  const sum = referenced(line, byKey).reduce((c, x) => addCurves(c, x), ZERO_CURVE);
  return composeCurve(line.transform, sum);
}

/** `−fraction × S`: a percentage discount on the referenced lines. */
export function discountTransform(fraction: Decimal): Piecewise {
  return affine(0, fraction.neg());
}

/** `−min(S, credit)`: a free allowance worth `credit` dollars, used up by the referenced lines. */
export function creditTransform(creditUsd: Decimal): Piecewise {
  if (creditUsd.lte(0)) return constant(0);
  return [
    { to: creditUsd, a: ZERO, b: ZERO.minus(1) },
    { to: null, a: creditUsd.neg(), b: ZERO },
  ];
}
