import { describe, expect, it } from 'vitest';
import { priceScenario } from '../../report';
import { DEFAULT_SCENARIO, type Scenario } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { memoryGibOf } from './shared';

describe('Cloud Run memory: what the editor shows is what the bill uses', () => {
  it('bills an architecture component by its own memory, not the workload’s', () => {
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      workload: { ...DEFAULT_SCENARIO.workload, memoryMb: 512 },
      systems: [],
      architectures: [
        { id: 'a', name: 'Run', components: [{ id: 'run', kind: 'gcp-cloud-run', memoryMb: 2048 }] },
        { id: 'b', name: 'Run at the workload’s memory', components: [{ id: 'run', kind: 'gcp-cloud-run' }] },
      ],
    };
    const priced = priceScenario(testCatalog(), scenario);
    if (!priced.ok) throw new Error(JSON.stringify(priced.issues));
    const memoryTrace = (id: string) =>
      priced.analysis.estimates.find((e) => e.id === id)!.lines.find((l) => l.unit === 'GiB-s')!.trace;
    // The editor's figure for each (memoryGibOf with the component's memory, as ComputeForm passes it).
    expect(memoryGibOf({}, 2048).toNumber()).toBe(2);
    expect(memoryGibOf({}, 512).toNumber()).toBe(0.5);
    expect(memoryTrace('a')).toContain('× 2 GiB');
    expect(memoryTrace('b')).toContain('× 0.5 GiB');
    expect(memoryGibOf({ memoryGib: 4 }, 2048).toNumber()).toBe(4);
  });
});
