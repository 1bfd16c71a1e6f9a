import type { Decimal } from './decimal';
import { type CostCurve, ZERO_CURVE, addCurves } from './curve';
import { derivedCurve, evaluateDerived, referenced } from './derived';
import { type LineItem, type LineModel, evaluateLine, lineCostAt, lineCurve } from './lines';
import { evaluate } from './piecewise';
import { sumUsd, sumUsdTowardZero } from './sumUsd';

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
