import { describe, expect, it } from 'vitest';
import { systemModel } from '../kinds/models';
import { resolvePriceBook } from '../pricing';
import { resolveScenario } from '../scenario';
import type { Scenario } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { analyze } from './analyze';
import { composeCurve } from './composeCurve';
import { dec } from './decimal';
import { creditTransform } from './derived';
import { EngineLimitError } from './errors';

describe('work the engine will not do is refused by name, never attempted', () => {
  it('a free-tier credit over a fleet of 10^12 tiny steps is refused at once rather than expanded', () => {
    const t0 = performance.now();
    const fleet = {
      linear: [{ to: null, a: dec(0), b: dec(0) }],
      steps: [{ usdPerUnit: dec(1), minCount: dec(0), requestsPerStep: dec('1e-6') }],
    };
    expect(() => composeCurve(creditTransform(dec('1e6')), fleet)).toThrow(EngineLimitError);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('analyze reports it as an issue naming the system (inputs past the schema, straight into the engine)', () => {
    // 10^300 ms per request makes one Cloud Run instance absorb 2.6e-291 requests a month.
    const scenario = {
      schema: 2,
      freeTier: true,
      workload: { requestsPerMonth: 1000, durationMs: 1e300, memoryMb: 512 },
      systems: [{ id: 'run', kind: 'gcp-cloud-run', billing: 'instance' }],
    } as unknown as Scenario;
    const resolved = resolveScenario(scenario);
    const book = resolvePriceBook(testCatalog(), { pricingDate: null, region: resolved.region });
    const res = analyze(book, resolved, systemModel);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.issues[0]!.field).toBe('systems[0]');
    expect(res.issues[0]!.message).toMatch(/fleet steps, more than the 10,000 the engine expands/);
  });
});
