import { describe, expect, it } from 'vitest';
import httpApi from '../../../examples/architectures/http-api.json';
import { createPricer } from '../../report';
import type { WrittenArchitecture, WrittenComponent } from '../../scenario/architecture/schema';
import { layoutArchitecture } from '../../share/diagram';
import { createAppStore } from '../../state';
import { testCatalog } from '../../testing/catalog';
import { componentCosts, diagramKey, sameBox, sameRecord, volumesOf } from './contentKeys';

const catalog = testCatalog();

/** The example's serverless architecture grown to 10 components (a queue, workers, tables, a bucket), as the input bench's. */
function tenComponents() {
  const [serverless, containers] = httpApi.architectures as unknown as [WrittenArchitecture, WrittenArchitecture];
  const more: WrittenComponent[] = [
    { id: 'queue', name: 'Queue', kind: 'aws-sqs', triggeredBy: 'handler', perRequest: { messages: 1 } },
    { id: 'worker', name: 'Worker', kind: 'aws-lambda', triggeredBy: 'queue', batchSize: 10 },
    { id: 'archive', name: 'Archive', kind: 'aws-s3', triggeredBy: 'worker', perRequest: { puts: 1, gets: 1 } },
    { id: 'audit', name: 'Audit table', kind: 'aws-dynamodb', triggeredBy: 'worker', perRequest: { writes: 1 } },
    { id: 'events', name: 'Events', kind: 'aws-sqs', triggeredBy: 'handler', perRequest: { messages: 2 } },
    { id: 'mailer', name: 'Mailer', kind: 'aws-lambda', triggeredBy: 'events' },
    { id: 'log', name: 'Log bucket', kind: 'aws-s3', triggeredBy: 'mailer', perRequest: { puts: 1 } },
  ] as WrittenComponent[];
  const big = { ...serverless, components: [...serverless.components, ...more] };
  return { ...httpApi, architectures: [big, containers] };
}

/** The scenario priced by a pricer of its own: every object of the result is new, as after each edit. */
function priceFresh(raw: unknown) {
  const p = createPricer(catalog)(raw);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  const arch = p.scenario.architectures![0]!;
  return { arch, estimate: p.analysis.estimates.find((e) => e.id === arch.id)! };
}

/** The scenario before and after `edit` on one store (the editor's own actions), as the page holds it. */
function edited(edit: (s: ReturnType<typeof createAppStore>) => void) {
  const store = createAppStore({ scenario: structuredClone(tenComponents()) as never });
  const before = store.getState().scenario;
  edit(store);
  return { before, after: store.getState().scenario };
}

describe('the architecture views compare results by content', () => {
  it('a result that leaves an architecture and its figures as they were keys the same: no card or diagram redraws', () => {
    const a = priceFresh(tenComponents());
    const b = priceFresh(tenComponents());
    expect(a.arch.components).toHaveLength(10);
    expect(a.arch).not.toBe(b.arch);
    expect(a.estimate).not.toBe(b.estimate);
    expect(diagramKey(b.arch, b.estimate)).toBe(diagramKey(a.arch, a.estimate));
    const costs = componentCosts(a.arch, a.estimate);
    expect(Object.values(costs).filter((c) => c.includes('of the bill'))).toHaveLength(10);
    expect(sameRecord(componentCosts(b.arch, b.estimate), costs)).toBe(true);
    expect([...volumesOf(b.arch)]).toEqual([...volumesOf(a.arch)]);
  });

  it('a changed figure changes the keys: more traffic redraws the diagram and every cost line', () => {
    const a = priceFresh(tenComponents());
    const more = tenComponents();
    const b = priceFresh({ ...more, workload: { ...more.workload, requestsPerMonth: 7_000_000 } });
    expect(diagramKey(b.arch, b.estimate)).not.toBe(diagramKey(a.arch, a.estimate));
    expect(sameRecord(componentCosts(b.arch, b.estimate), componentCosts(a.arch, a.estimate))).toBe(false);
  });

  it('a key in one component’s name changes that component’s object and box only, and no cost line', () => {
    const { before, after } = edited((s) => {
      const c = s.getState().scenario.architectures![0]!.components[4]!;
      s.getState().updateComponent(0, 4, { ...c, name: 'Workers' });
    });
    // The store keeps the other components' objects: their memoized rows see the same component (their
    // trigger lists, which name it, are the one prop that changes).
    const [was, now] = [before.architectures![0]!.components, after.architectures![0]!.components];
    expect(now.filter((c, j) => c !== was[j]).map((c) => c.id)).toEqual(['worker']);
    const a = priceFresh(before);
    const b = priceFresh(after);
    // The figures are the same, so the cost lines are too; the diagram redraws, but only the renamed box.
    expect(sameRecord(componentCosts(b.arch, b.estimate), componentCosts(a.arch, a.estimate))).toBe(true);
    expect(diagramKey(b.arch, b.estimate)).not.toBe(diagramKey(a.arch, a.estimate));
    const [boxesA, boxesB] = [a, b].map((p) => layoutArchitecture(p.arch, p.estimate).boxes);
    expect(boxesB!.filter((box, i) => !sameBox(box, boxesA![i]!)).map((box) => box.id)).toEqual(['worker']);
  });

  it('a key in one component’s settings redraws the cost lines and boxes whose figures change, not the rest', () => {
    const { before, after } = edited((s) => {
      const c = s.getState().scenario.architectures![0]!.components[8]!;
      s.getState().updateComponent(0, 8, { ...c, memoryMb: 1024 });
    });
    const [a, b] = [priceFresh(before), priceFresh(after)];
    const [costsA, costsB] = [componentCosts(a.arch, a.estimate), componentCosts(b.arch, b.estimate)];
    const changed = Object.keys(costsA).filter((id) => costsA[id] !== costsB[id]);
    // The mailer's own cost changes; every share of the bill may move with it, so at least that line redraws.
    expect(changed).toContain('mailer');
    const [boxesA, boxesB] = [a, b].map((p) => layoutArchitecture(p.arch, p.estimate).boxes);
    const redrawn = boxesB!.filter((box, i) => !sameBox(box, boxesA![i]!)).map((box) => box.id);
    expect(redrawn).toContain('mailer');
    expect(redrawn.length).toBeLessThan(10);
  });

  it('sameRecord compares key sets as well as values', () => {
    expect(sameRecord({ a: '1' }, { a: '1' })).toBe(true);
    expect(sameRecord({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameRecord({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameRecord({ a: '1' }, { a: '1', b: '2' })).toBe(false);
  });
});
