import { priceScenario } from '../report/priceScenario';
import { testCatalog } from './catalog';

/** Test helpers that price a tiny scenario against the bundled prices (systems get ids s0, s1, …). */
const catalog = testCatalog();

export function price(
  workload: Record<string, unknown>,
  systems: Record<string, unknown>[],
  extra: Record<string, unknown> = {},
) {
  return priceScenario(catalog, {
    schema: 1,
    ...extra,
    workload,
    systems: systems.map((s, i) => ({ id: `s${i}`, ...s })),
  });
}

/** One system's bill: its total, a line by key (throws when absent) and the keys in order. */
export function lines(
  workload: Record<string, unknown>,
  system: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  const res = price(workload, [system], extra);
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  const e = res.analysis.estimates[0]!;
  const line = (key: string) => {
    const l = e.lines.find((x) => x.key === key);
    if (!l) throw new Error(`no line ${key} in ${e.lines.map((x) => x.key).join(', ')}`);
    return l;
  };
  return { total: e.monthlyUsd, line, keys: e.lines.map((l) => l.key) };
}

/** The issues of a scenario that must not price. */
export function issues(workload: Record<string, unknown>, system: Record<string, unknown>) {
  const res = price(workload, [system]);
  if (res.ok) throw new Error('expected issues');
  return res.issues;
}

/** A whole scenario priced against the bundled prices; throws with the issues when it does not price. */
export function priced(raw: unknown) {
  const p = priceScenario(catalog, raw);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p;
}
