import type { PricedScenario } from '../report';

type Priced = Extract<PricedScenario, { ok: true }>;

/**
 * A priced scenario with names the scenario schema would refuse (markup, control characters):
 * renderers must escape whatever string reaches them, so their tests feed such names directly.
 */
export function renamed(p: Priced, name: string, systemIndex = 0): Priced {
  const rename = <T extends { name: string }>(x: T, i: number): T => (i === systemIndex ? { ...x, name } : x);
  return {
    ...p,
    scenario: { ...p.scenario, name },
    analysis: { ...p.analysis, estimates: p.analysis.estimates.map(rename), models: p.analysis.models.map(rename) },
  };
}
