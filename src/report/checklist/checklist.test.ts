import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fanOut from '../../../examples/architectures/fan-out.json';
import { DEFAULT_SCENARIO, type Scenario } from '../../scenario';
import { priced } from '../../testing/priceOne';
import { checklist, checklistSteps } from './checklist';

/** The alternative's total in the whole scenario, priced from scratch. */
function totalIn(s: Scenario, id: string) {
  return priced(s).analysis.estimates.find((e) => e.id === id)!.monthlyUsd;
}

describe('the optimisation checklist', () => {
  it('in steps (as the page works it out between inputs) gives the one-shot list, pausing per sweep size and per item', () => {
    const p = priced(DEFAULT_SCENARIO);
    const steps = checklistSteps(p);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    const once = checklist(p);
    const text = (l: typeof once) => [...l.items, ...l.optimal].map((i) => `${i.id} ${i.savingUsd.toString()}`);
    expect(text(next.value)).toEqual(text(once));
    // A pause before each item's estimate, and one per size the Lambda system's right-sizing prices.
    expect(pauses).toBeGreaterThan(once.items.length + once.optimal.length + 100);
  });

  it('prices every item as the difference of two full estimates, largest saving first', () => {
    const list = checklist(priced(DEFAULT_SCENARIO));
    expect(list.items.length).toBeGreaterThan(3);
    for (const i of list.items) {
      expect(i.savingUsd.toString()).toBe(
        totalIn(DEFAULT_SCENARIO, i.alternativeId).minus(totalIn(i.scenario, i.alternativeId)).toString(),
      );
      expect(i.savingUsd.gt(0)).toBe(true);
    }
    const savings = list.items.map((i) => i.savingUsd.toNumber());
    expect(savings).toEqual([...savings].sort((a, b) => b - a));
  });

  it('each item changes only its own setting of its own system', () => {
    const list = checklist(priced(DEFAULT_SCENARIO));
    const arm = list.items.find((i) => i.id === 'arm64:lambda')!;
    expect(arm.scenario.systems.map((s) => s.id)).toEqual(DEFAULT_SCENARIO.systems.map((s) => s.id));
    arm.scenario.systems.forEach((s, k) =>
      expect(s).toEqual(
        s.id === 'lambda' ? { ...DEFAULT_SCENARIO.systems[k], architecture: 'arm64' } : DEFAULT_SCENARIO.systems[k],
      ),
    );
    expect(arm.scenario.workload).toEqual(DEFAULT_SCENARIO.workload);
    expect(arm.assumption).toMatch(/same duration/);
  });

  it('a REST API front door offers the HTTP API, PC that does not pay is offered for deletion', () => {
    const s: Scenario = {
      ...DEFAULT_SCENARIO,
      systems: [
        {
          id: 'fn',
          kind: 'aws-lambda',
          frontDoor: 'rest-api',
          provisionedConcurrency: { concurrency: 5, hoursPerMonth: 730 },
        },
      ],
    };
    const ids = checklist(priced(s)).items.map((i) => i.id);
    expect(ids).toContain('http-api:fn');
    expect(ids).toContain('delete-provisioned-concurrency:fn');
  });

  it('architectures: batching SQS messages and trimming logs are priced per component', () => {
    const arch = structuredClone(fanOut) as unknown as Scenario & { architectures: { components: object[] }[] };
    const comps = arch.architectures[0]!.components as Record<string, unknown>[];
    delete comps[1]!.batchSize;
    comps[3]!.logKbPerInvocation = 5;
    const list = checklist(priced(arch));
    const batch = list.items.find((i) => i.id === 'batch:serverless:order')!;
    expect(batch.change).toBe('batchSize: 1 → 10');
    expect(batch.savingUsd.gt(0)).toBe(true);
    const logs = list.items.find((i) => i.id === 'trim-logs:serverless:email')!;
    expect(logs.change).toBe('logKbPerInvocation: 5 → 0.3');
    expect(logs.savingUsd.toString()).toBe(
      totalIn(arch, 'serverless').minus(totalIn(logs.scenario, 'serverless')).toString(),
    );
  });

  it('a system the platform cannot run gets no item', () => {
    const s = { ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, durationMs: 1_200_000 } };
    const ids = checklist(priced(s)).items.map((i) => i.alternativeId);
    expect(ids).not.toContain('lambda');
    expect(ids).not.toContain('lambda-http');
  });

  it('property: every shown saving is positive and equals the difference of two estimates', () => {
    fc.assert(
      fc.property(
        fc.record({
          requestsPerMonth: fc.integer({ min: 0, max: 200_000_000 }),
          durationMs: fc.integer({ min: 1, max: 5_000 }),
          memoryMb: fc.constantFrom(128, 512, 1024, 3008),
          architecture: fc.constantFrom('x86_64', 'arm64'),
          frontDoor: fc.constantFrom('none', 'http-api', 'rest-api'),
          pc: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
        }),
        (g) => {
          const s: Scenario = {
            schema: 4,
            workload: {
              requestsPerMonth: g.requestsPerMonth,
              durationMs: g.durationMs,
              memoryMb: g.memoryMb,
              architecture: g.architecture as 'x86_64',
            },
            systems: [
              {
                id: 'fn',
                kind: 'aws-lambda',
                frontDoor: g.frontDoor as 'none',
                ...(g.pc ? { provisionedConcurrency: { concurrency: g.pc, hoursPerMonth: 730 } } : {}),
              },
              { id: 'task', kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1 },
            ],
          };
          const list = checklist(priced(s));
          for (const i of [...list.items, ...list.optimal])
            expect(i.savingUsd.eq(totalIn(s, i.alternativeId).minus(totalIn(i.scenario, i.alternativeId)))).toBe(true);
          for (const i of list.items) expect(i.savingUsd.gt(0)).toBe(true);
          for (const i of list.optimal) expect(i.savingUsd.lt(0.005)).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });
});
