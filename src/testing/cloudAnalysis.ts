import type { Analysis } from '../engine';
import { priceScenario } from '../report/priceScenario';
import { testCatalog } from './catalog';

const catalog = testCatalog();

/** The analysis of a scenario drawn by `cloudScenarioArb` (systems get ids `s0`, `s1`…); throws if it does not price. */
export function cloudAnalysis(s: { schema: number; freeTier: boolean; workload: object; systems: object[] }): Analysis {
  const raw = { ...s, systems: s.systems.map((x, i) => ({ ...x, id: `s${i}` })) };
  const res = priceScenario(catalog, raw);
  if (!res.ok) throw new Error(JSON.stringify({ raw, issues: res.issues }));
  return res.analysis;
}
