import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from '../../scenario';
import { priced } from '../../testing/priceOne';
import { checklist } from './checklist';

function totalIn(s: Scenario, id: string) {
  return priced(s).analysis.estimates.find((e) => e.id === id)!.monthlyUsd;
}
/** Every item of the checklist, those that pay and those that do not. */
function all(s: Scenario) {
  const list = checklist(priced(s));
  return [...list.items, ...list.optimal];
}

/** A Java function whose long INIT starts cold 5% of the time, and one kept warm by provisioned concurrency. */
const JAVA: Scenario = {
  schema: 4,
  pricingDate: '2025-08-01',
  workload: { requestsPerMonth: 2_000_000, durationMs: 100, memoryMb: 512, coldStartRate: 0.05, initDurationMs: 6000 },
  coldStart: { runtime: 'java' },
  systems: [
    { id: 'fn', kind: 'aws-lambda', architecture: 'arm64' },
    {
      id: 'pc',
      kind: 'aws-lambda',
      architecture: 'arm64',
      workload: { coldStartRate: 0 },
      provisionedConcurrency: { concurrency: 4, hoursPerMonth: 730 },
    },
  ],
};

describe('the checklist’s SnapStart item', () => {
  it('weighs the INIT billing it removes against its cache and restores: the difference of two full estimates', () => {
    const list = checklist(priced(JAVA));
    const item = [...list.items, ...list.optimal].find((i) => i.id === 'snapstart:fn')!;
    expect(item.change).toMatch(/snapStart: restores 5% of invocations/);
    expect(item.savingUsd.toString()).toBe(totalIn(JAVA, 'fn').minus(totalIn(item.scenario, 'fn')).toString());
    // A restore is billed per GB (not per second), so it pays only against a long INIT: listed where its sign puts it.
    expect(list.items.includes(item)).toBe(item.savingUsd.gte(0.005));
    expect(item.scenario.systems[0]).toEqual({
      ...JAVA.systems[0],
      snapStart: { restoreRate: 0.05, activeHoursPerMonth: 730 },
    });
    expect(item.assumption).toMatch(/Java/);
  });

  it('replaces provisioned concurrency (AWS refuses both), the saving against it', () => {
    const item = all(JAVA).find((i) => i.id === 'snapstart:pc')!;
    expect(item.title).toMatch(/Replace provisioned concurrency with SnapStart/);
    const after = item.scenario.systems[1] as Record<string, unknown>;
    expect(after).not.toHaveProperty('provisionedConcurrency');
    expect(after).toHaveProperty('snapStart');
    expect(item.savingUsd.toString()).toBe(totalIn(JAVA, 'pc').minus(totalIn(item.scenario, 'pc')).toString());
  });

  it('is not offered where SnapStart is not: Node.js, before 2024-11-18, ephemeral storage above 512 MB', () => {
    const none = (s: Scenario) => all(s).filter((i) => i.action === 'snapstart');
    expect(none({ ...JAVA, coldStart: { runtime: 'nodejs' } })).toEqual([]);
    expect(none({ ...JAVA, pricingDate: '2024-06-01' })).toEqual([]);
    expect(none({ ...JAVA, workload: { ...JAVA.workload, ephemeralStorageMb: 1024 } })).toEqual([]);
    // A function that never starts cold has nothing for SnapStart to restore.
    expect(none({ ...JAVA, workload: { ...JAVA.workload, coldStartRate: 0 }, systems: [JAVA.systems[0]!] })).toEqual(
      [],
    );
  });

  it("is offered for an architecture's Lambda component, saving the difference of two architecture estimates", () => {
    const s: Scenario = {
      ...JAVA,
      systems: [],
      architectures: [
        {
          id: 'arch',
          name: 'API → Lambda',
          components: [
            { id: 'api', kind: 'aws-api-gateway', api: 'http', perRequest: { calls: 1 } },
            { id: 'h', name: 'Handler', kind: 'aws-lambda', triggeredBy: 'api', architecture: 'arm64' },
          ],
        },
      ],
    };
    const item = all(s).find((i) => i.id === 'snapstart:arch:h')!;
    expect(item.title).toBe('Turn on SnapStart for Handler');
    expect(item.savingUsd.toString()).toBe(totalIn(s, 'arch').minus(totalIn(item.scenario, 'arch')).toString());
  });

  it('the default scenario (Node.js) has none', () => {
    expect(all(DEFAULT_SCENARIO).filter((i) => i.action === 'snapstart')).toEqual([]);
  });
});
