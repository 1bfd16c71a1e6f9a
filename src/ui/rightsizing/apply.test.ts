import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine';
import { patchFor, rightsize } from '../../kinds/aws-lambda/rightsizing';
import { priceScenario } from '../../report/priceScenario';
import { DEFAULT_SCENARIO, type Scenario } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { applyToSystem } from './apply';

const catalog = testCatalog();
// Busy enough that the Fargate fleet is sized from the request time (at 1 M requests it is its one-task minimum).
const BUSY: Scenario = {
  ...DEFAULT_SCENARIO,
  workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: 300_000_000 },
};

function priced(s: Scenario) {
  const r = priceScenario(catalog, s);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}
const totals = (s: Scenario) =>
  Object.fromEntries(priced(s).analysis.estimates.map((e) => [e.id, centsString(e.monthlyUsd)]));

/** The cheapest size the right-sizer offers for `systemId`, as the panel would apply it. */
function cheapest(s: Scenario, systemId: string) {
  const p = priced(s);
  const r = rightsize(p.book, p.resolved, { systemId });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const choice = r.rightsizing.recommendations.cheapest;
  if (!choice) throw new Error('no cheapest choice');
  return { choice, patch: patchFor(r.rightsizing, choice.point) };
}

describe('applying a right-sizing choice', () => {
  it('changes only the sized Lambda system: the Fargate and EC2 bills stay', () => {
    const before = totals(BUSY);
    const { choice, patch } = cheapest(BUSY, 'lambda');
    expect(patch.durationMs).not.toBe(BUSY.workload.durationMs);
    // What the panel did before: the patch written into the shared workload moves the Fargate bill.
    const shared = { ...BUSY, workload: { ...BUSY.workload, ...patch } };
    expect(totals(shared)['fargate']).not.toBe(before['fargate']);
    const systems = applyToSystem(BUSY.systems, 'lambda', patch);
    expect(systems).not.toBeNull();
    const after = totals({ ...BUSY, systems: systems! });
    for (const id of ['lambda-http', 't3-small', 't3-small-alb', 'fargate']) expect(after[id], id).toBe(before[id]);
    // The sized function now bills what the right-sizer priced for the choice.
    expect(after['lambda']).toBe(centsString(choice.point.monthlyUsd));
    expect(after['lambda']).not.toBe(before['lambda']);
  });

  it('sizes the Lambda system asked for, and leaves the other Lambda system as it was', () => {
    const before = totals(BUSY);
    const { choice, patch } = cheapest(BUSY, 'lambda-http');
    const after = totals({
      ...BUSY,
      systems: applyToSystem(BUSY.systems, 'lambda-http', patch)!,
    });
    expect(after['lambda']).toBe(before['lambda']);
    expect(after['lambda-http']).toBe(centsString(choice.point.monthlyUsd));
    expect(applyToSystem(BUSY.systems, 'fargate', patch)).toBeNull();
  });

  it('the right-sizer re-run after applying starts from the applied size', () => {
    const { patch } = cheapest(BUSY, 'lambda');
    const next = { ...BUSY, systems: applyToSystem(BUSY.systems, 'lambda', patch)! };
    const p = priced(next);
    const r = rightsize(p.book, p.resolved, { systemId: 'lambda' });
    expect(r.ok && r.rightsizing.current.memoryMb).toBe(patch.memoryMb);
    expect(r.ok && r.rightsizing.current.architecture).toBe(patch.architecture);
  });
});
