import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { priceScenario } from './priceScenario';
import { perMillion } from './perMillion';

describe('cost per million requests', () => {
  it('is written en-US by default (CLI, exports) and in the locale it is given (the app)', () => {
    const priced = priceScenario(testCatalog(), {
      ...DEFAULT_SCENARIO,
      workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: 1_000 },
    });
    if (!priced.ok) throw new Error('must price');
    const fleet = priced.analysis.estimates.find((e) => e.id === 't3-small-alb')!;
    expect(perMillion(fleet)).toBe('$55,373.09');
    expect(perMillion(fleet, 'de-DE')).toBe('55.373,09\u00a0$');
  });

  it('is absent at zero traffic', () => {
    const priced = priceScenario(testCatalog(), {
      ...DEFAULT_SCENARIO,
      workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: 0 },
    });
    if (!priced.ok) throw new Error('must price');
    expect(priced.analysis.estimates.map((e) => perMillion(e))).toEqual([null, null, null, null, null]);
  });
});
