import { type Decimal, ZERO } from './decimal';
import { type CostCurve, ZERO_CURVE, addCurves } from './curve';
import { composeCurve } from './composeCurve';
import { type LineItem, type LineModel, evaluateLine, lineCostAt, lineCurve } from './lines';
import type { Price } from './pricebook';
import { affine, constant, evaluate } from './piecewise';
import type { Piecewise } from './piecewise';
import { sumUsd, sumUsdTowardZero } from './sumUsd';

/**
 * A line computed from other lines of the same system: `transform(S)` where S is the summed cost
 * of the lines named in `of` and `transform` is a continuous piecewise-linear function of dollars —
 * a discount (−17% × S) or a dollar-valued free tier (−min(S, credit)). Exact like the others:
 * its curve is the transform composed with the referenced lines' curves (`derived.ts`).
 */
export type DerivedLine = {
  readonly kind: 'derived';
  readonly key: string;
  readonly label: string;
  /** Keys of the metered or fleet lines this line is computed from. */
  readonly of: readonly string[];
  /** USD → USD, continuous; applied to the referenced lines' summed cost. */
  readonly transform: Piecewise;
  /** The figure the line applies (a percentage, a free allowance's unit price), for the trace and sources. */
  readonly rate: Price;
  /** The arithmetic in words, given the referenced cost S and the result. */
  readonly describe: (requests: Decimal, baseUsd: Decimal, usd: Decimal) => string;
};

/** Every line of a system at R: metered and fleet lines first-hand, then derived lines in order (each may use earlier ones). */
export function evaluateLines(lines: readonly LineModel[], requests: Decimal): LineItem[] {
  const byKey = new Map<string, LineItem>();
  for (const l of lines) if (l.kind !== 'derived') byKey.set(l.key, evaluateLine(l, requests));
  for (const l of lines) if (l.kind === 'derived') byKey.set(l.key, evaluateDerived(l, requests, byKey));
  return lines.map((l) => byKey.get(l.key)!);
}

/** A system's monthly cost at R without traces (for sweeps): the same order of evaluation as {@link evaluateLines}. */
export function linesCostAt(lines: readonly LineModel[], requests: Decimal): Decimal {
  const byKey = new Map<string, Decimal>();
  for (const l of lines) if (l.kind !== 'derived') byKey.set(l.key, lineCostAt(l, requests));
  for (const l of lines) {
    if (l.kind === 'derived') byKey.set(l.key, evaluate(l.transform, sumUsdTowardZero(referenced(l, byKey))));
  }
  return sumUsd([...byKey.values()]);
}

/** A system's exact cost curve: the sum of its lines' curves, derived lines composed on theirs. */
export function linesCurve(lines: readonly LineModel[]): CostCurve {
  const byKey = new Map<string, CostCurve>();
  for (const l of lines) if (l.kind !== 'derived') byKey.set(l.key, lineCurve(l));
  for (const l of lines) if (l.kind === 'derived') byKey.set(l.key, derivedCurve(l, byKey));
  return lines.reduce((c, l) => addCurves(c, byKey.get(l.key)!), ZERO_CURVE);
}

function referenced<T>(line: DerivedLine, byKey: ReadonlyMap<string, T>): T[] {
  return line.of.map((k) => {
    const v = byKey.get(k);
    if (v === undefined) throw new Error(`derived line ${line.key} refers to ${k}, which is not a line before it in the system`);
    return v;
  });
}

function evaluateDerived(line: DerivedLine, requests: Decimal, byKey: ReadonlyMap<string, LineItem>): LineItem {
  const base = sumUsdTowardZero(referenced(line, byKey).map((i) => i.usd));
  const usd = evaluate(line.transform, base);
  return {
    key: line.key,
    label: line.label,
    quantity: base,
    unit: 'USD',
    billableQuantity: base,
    rate: line.rate,
    tiers: [],
    usd,
    trace: line.describe(requests, base, usd),
    sources: [line.rate.source],
    grade: line.rate.grade,
  };
}

function derivedCurve(line: DerivedLine, byKey: ReadonlyMap<string, CostCurve>): CostCurve {
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
