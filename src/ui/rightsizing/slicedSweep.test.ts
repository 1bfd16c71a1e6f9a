import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RightsizeResult, rightsize, rightsizeSteps } from '../../kinds/aws-lambda/rightsizing';
import { resolvePriceBook } from '../../pricing';
import { parseScenario } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { runInSlices } from '../runInSlices';

const catalog = testCatalog();

/** Runs the steps in slices on a fake clock (each read advances it by `tickMs`) and a queue for "later". */
function sliced<T>(steps: Iterator<unknown, T>, sliceMs: number, tickMs: number) {
  let clock = 0;
  const queue: (() => void)[] = [];
  let result: { value: T } | undefined;
  const cancel = runInSlices(steps, (value) => (result = { value }), {
    sliceMs,
    now: () => (clock += tickMs),
    later: (next) => queue.push(next),
  });
  let slices = 0;
  while (queue.length > 0 && result === undefined) {
    queue.shift()!();
    slices++;
  }
  return { result, slices, cancel };
}

const exactly = (r: RightsizeResult) => JSON.stringify(r);

describe('the right-sizing sweep in slices', () => {
  it('gives exactly the one-shot result, whatever the slice length, on random workloads', () => {
    fc.assert(
      fc.property(
        fc.record({
          memoryMb: fc.constantFrom(128, 512, 1024, 1769, 3008),
          durationMs: fc.integer({ min: 1, max: 20_000 }),
          cpuBoundShare: fc.double({ min: 0, max: 1, noNaN: true }),
          threads: fc.integer({ min: 1, max: 8 }),
          requestsPerMonth: fc.integer({ min: 0, max: 1e9 }),
        }),
        fc.constantFrom(64, 512, 2048),
        fc.integer({ min: 0, max: 20 }),
        fc.boolean(),
        (workload, stepMb, sliceMs, pc) => {
          const parsed = parseScenario({
            schema: 2,
            freeTier: true,
            workload,
            systems: [
              {
                id: 'fn',
                kind: 'aws-lambda',
                ...(pc ? { provisionedConcurrency: { concurrency: 2, hoursPerMonth: 730 } } : {}),
              },
            ],
          });
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
          const book = resolvePriceBook(catalog, { pricingDate: null, region: 'us-east-1' });
          const o = { stepMb, latencyLimitMs: 300 };
          const { result, slices } = sliced(rightsizeSteps(book, parsed.resolved, o), sliceMs, 1);
          expect(result?.value.ok).toBe(true);
          expect(exactly(result!.value)).toBe(exactly(rightsize(book, parsed.resolved, o)));
          // A slice of n ms on a clock that ticks 1 ms per reading holds about n steps: the sweep was cut up.
          if (sliceMs <= 2 && stepMb === 64) expect(slices).toBeGreaterThan(50);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('starts only in a later task, and never finishes once cancelled', () => {
    let steps = 0;
    function* work() {
      for (let i = 0; i < 10; i++) {
        steps++;
        yield;
      }
      return 'done';
    }
    const queue: (() => void)[] = [];
    let clock = 0;
    const results: string[] = [];
    const cancel = runInSlices(work(), (r) => results.push(r), {
      sliceMs: 2,
      now: () => clock++,
      later: (next) => queue.push(next),
    });
    expect(steps).toBe(0);
    queue.shift()!();
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThan(10);
    cancel();
    while (queue.length > 0) queue.shift()!();
    expect(results).toEqual([]);
    expect(steps).toBeLessThan(10);
  });
});
