import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLD_START_DEFAULTS,
  type ColdStartSettings,
  pcConcurrency,
  priceVariant,
} from '../../kinds/aws-lambda/coldstart';
import { resolvePriceBook } from '../../pricing';
import { parseScenario } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { scenarioColdStarts } from '.';

const catalog = testCatalog();

type Fn = Record<string, unknown>;

/** A scenario with one architecture: an API in front of function `fn`, which a queue's second function follows. */
function scenario(workload: Record<string, unknown>, fn: Fn = {}, systems: unknown[] = []) {
  return {
    schema: 4,
    pricingDate: '2025-08-01',
    workload: { requestsPerMonth: 2_000_000, durationMs: 120, memoryMb: 512, ...workload },
    systems,
    architectures: [
      {
        id: 'arch',
        name: 'API and worker',
        components: [
          { id: 'api', kind: 'aws-api-gateway', api: 'http', perRequest: { calls: 1 } },
          { id: 'fn', name: 'Handler', kind: 'aws-lambda', triggeredBy: 'api', ...fn },
          { id: 'q', kind: 'aws-sqs', triggeredBy: 'fn', perRequest: { messages: 1 } },
          { id: 'worker', kind: 'aws-lambda', triggeredBy: 'q', batchSize: 10, durationMs: 900 },
        ],
      },
    ],
  };
}

function load(raw: unknown) {
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const book = resolvePriceBook(catalog, { pricingDate: parsed.resolved.pricingDate, region: parsed.resolved.region });
  return { book, parsed };
}

/** The architecture's whole bill, the scenario validated and resolved as any file is. */
function architectureUsd(raw: ReturnType<typeof scenario>) {
  const { book, parsed } = load(raw);
  const priced = priceVariant(book, parsed.resolved, parsed.resolved.workload, {
    architectures: parsed.resolved.architectures ?? [],
  });
  if (!priced.ok) throw new Error(JSON.stringify(priced.issues));
  return priced.monthlyUsd;
}

function reports(raw: ReturnType<typeof scenario>, settings: Partial<ColdStartSettings> = {}) {
  const { book, parsed } = load(raw);
  const res = scenarioColdStarts(
    { book, scenario: parsed.resolved, settings: { ...COLD_START_DEFAULTS, ...settings } },
    parsed.scenario.architectures,
  );
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res.reports;
}

describe("cold starts of an architecture's Lambda components", () => {
  it('lists each Lambda component as "<architecture> › <component>", after the Lambda systems', () => {
    const rs = reports(scenario({}, {}, [{ id: 'solo', kind: 'aws-lambda' }]));
    expect(rs.map((r) => [r.systemId, r.systemName])).toEqual([
      ['solo', 'solo'],
      ['arch/fn', 'API and worker › Handler'],
      ['arch/worker', 'API and worker › worker'],
    ]);
  });

  it("models a component's rate from its own invocations (the worker's a tenth of the entry requests, batched)", () => {
    const [fn, worker] = reports(scenario({ requestsPerMonth: 100_000 }));
    expect(fn!.model.arrivalsPerSecond * 10).toBeCloseTo(worker!.model.arrivalsPerSecond * 100, 6);
    expect(worker!.model.meanConcurrency).toBeCloseTo((worker!.model.arrivalsPerSecond * 900) / 1000, 9);
    expect(worker!.rate).toBeGreaterThan(fn!.rate);
    expect(fn!.source).toBe('modelled');
  });

  it("takes a component's own coldStartRate as the scenario's rate", () => {
    const [fn] = reports(scenario({}, { coldStartRate: 0.02 }));
    expect(fn!.source).toBe('scenario');
    expect(fn!.rate).toBe(0.02);
  });

  it('prices no server in place of a component, and says why', () => {
    const [fn] = reports(scenario({}));
    const server = fn!.mitigations.find((m) => m.id === 'server')!;
    expect(server.priced.ok).toBe(false);
    expect(server.priced.ok ? '' : server.priced.why).toMatch(/architecture/);
    expect(fn!.pcBreakeven).toBeNull();
  });

  it("a mitigation's cost is the difference of two architecture estimates, each from a scenario file", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 300_000_000 }),
        fc.integer({ min: 5, max: 3_000 }),
        fc.constantFrom(128, 512, 1769, 3008),
        fc.constantFrom<ColdStartSettings['runtime']>('python', 'java', 'nodejs'),
        (requestsPerMonth, durationMs, memoryMb, runtime) => {
          const raw = scenario({ requestsPerMonth, durationMs, memoryMb });
          const [fn] = reports(raw, { runtime });
          const r = fn!;
          const cold = { coldStartRate: r.rate, initDurationMs: r.initBilledMs };
          const onDemand = architectureUsd(scenario({ requestsPerMonth, durationMs, memoryMb }, cold));
          expect(r.onDemandUsd.toString()).toBe(onDemand.toString());
          const n = pcConcurrency(r.model);
          const pc = architectureUsd(
            scenario(
              { requestsPerMonth, durationMs, memoryMb },
              { ...cold, provisionedConcurrency: { concurrency: n, hoursPerMonth: 730 } },
            ),
          );
          const row = r.mitigations.find((m) => m.id === 'pc-all-month')!;
          if (!row.priced.ok) throw new Error(row.priced.why);
          expect(row.priced.extraUsd.toString()).toBe(pc.minus(onDemand).toString());
          const snap = r.mitigations.find((m) => m.id === 'snapstart')!;
          if (runtime === 'nodejs') expect(snap.priced.ok).toBe(false);
          else {
            const withSnap = architectureUsd(
              scenario(
                { requestsPerMonth, durationMs, memoryMb },
                { ...cold, snapStart: { restoreRate: r.rate, activeHoursPerMonth: 730 } },
              ),
            );
            if (!snap.priced.ok) throw new Error(snap.priced.why);
            expect(snap.priced.extraUsd.toString()).toBe(withSnap.minus(onDemand).toString());
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it("leaves the component's own provisioned concurrency out of every option, and says so", () => {
    const [fn] = reports(scenario({}, { provisionedConcurrency: { concurrency: 3, hoursPerMonth: 730 } }));
    const plain = reports(scenario({}))[0]!;
    expect(fn!.onDemandUsd.toString()).toBe(plain.onDemandUsd.toString());
    expect(fn!.notes.join(' ')).toMatch(/own provisioned concurrency/);
  });

  it('prices keep-warm pings as extra invocations of the function inside its architecture', () => {
    const [fn] = reports(scenario({ requestsPerMonth: 50_000 }));
    const pings = fn!.mitigations.find((m) => m.id === 'keep-warm')!;
    if (!pings.priced.ok) throw new Error(pings.priced.why);
    expect(pings.priced.extraUsd.gt(0)).toBe(true);
    expect(pings.priced.coldShare).toBeLessThan(fn!.rate);
    const edge = fn!.mitigations.find((m) => m.id === 'edge')!;
    expect(edge.priced.ok).toBe(true);
  });
});
