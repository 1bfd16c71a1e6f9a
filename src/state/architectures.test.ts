import { describe, expect, it } from 'vitest';
import { createPricer } from '../report';
import { ARCHITECTURE_TEMPLATES } from '../scenario/templates';
import { testCatalog } from '../testing/catalog';
import { createDeriveSelector } from './derive';
import { MAX_SYSTEMS, createAppStore } from './store';

const price = createPricer(testCatalog());
const first = ARCHITECTURE_TEMPLATES[0]!;

describe('architectures in the store', () => {
  it('starts from a template: its architectures and workload replace the alternatives, the pricing date stays', () => {
    const s = createAppStore();
    s.getState().setScenarioField('pricingDate', '2026-01-01');
    s.getState().startFromTemplate(first.scenario);
    const sc = s.getState().scenario;
    expect(sc.systems).toEqual([]);
    expect(sc.architectures?.map((a) => a.id)).toEqual(
      (first.scenario as { architectures: { id: string }[] }).architectures.map((a) => a.id),
    );
    expect(sc.pricingDate).toBe('2026-01-01');
    expect(createDeriveSelector(price)(s.getState()).issues).toEqual([]);
  });

  it('every template starts a scenario that prices', () => {
    for (const t of ARCHITECTURE_TEMPLATES) {
      const s = createAppStore();
      s.getState().startFromTemplate(t.scenario);
      expect(s.getState().scenario.architectures?.length, t.id).toBeGreaterThan(0);
      expect(createDeriveSelector(price)(s.getState()).issues, t.id).toEqual([]);
    }
  });

  it('adds, duplicates, renames and removes architectures, never the last alternative', () => {
    const s = createAppStore();
    s.getState().startFromTemplate(first.scenario);
    const n = s.getState().scenario.architectures!.length;
    s.getState().addArchitecture({ id: 'serverless', name: 'New', components: [{ id: 'f', kind: 'aws-lambda' }] });
    const added = s.getState().scenario.architectures!.at(-1)!;
    expect(added.id).not.toBe('serverless');
    s.getState().duplicateArchitecture(0);
    expect(s.getState().scenario.architectures![1]!.name).toMatch(/\(copy\)$/);
    s.getState().renameArchitecture(0, 'Mine');
    expect(s.getState().scenario.architectures![0]!.name).toBe('Mine');
    s.getState().renameArchitecture(0, '');
    expect(s.getState().scenario.architectures![0]!.name).toBeUndefined();
    for (let i = 0; i < n + 5; i++) s.getState().removeArchitecture(0);
    expect(s.getState().scenario.architectures).toHaveLength(1);
    expect(createDeriveSelector(price)(s.getState()).issues).toEqual([]);
  });

  it('holds at most the schema’s number of alternatives, systems and architectures together', () => {
    const s = createAppStore();
    for (let i = 0; i < 20; i++)
      s.getState().addArchitecture({ id: 'a', components: [{ id: 'f', kind: 'aws-lambda' }] });
    const sc = s.getState().scenario;
    expect(sc.systems.length + sc.architectures!.length).toBe(MAX_SYSTEMS);
    s.getState().addSystem({ id: 'lambda', kind: 'aws-lambda' });
    expect(s.getState().scenario.systems).toHaveLength(sc.systems.length);
  });

  it('adds a component under a fresh id, triggered by the last one, and edits it immutably', () => {
    const s = createAppStore();
    s.getState().startFromTemplate(first.scenario);
    const before = s.getState().scenario.architectures![0]!;
    s.getState().addComponent(0, { id: 'handler', name: 'Handler', kind: 'aws-lambda' });
    const after = s.getState().scenario.architectures![0]!;
    const added = after.components.at(-1)!;
    expect(added).toMatchObject({ id: 'handler-2', name: 'Handler 2', triggeredBy: before.components.at(-1)!.id });
    expect(after.components[0]).toBe(before.components[0]);
    s.getState().updateComponent(0, after.components.length - 1, { ...added, memoryMb: 1024 });
    expect(s.getState().scenario.architectures![0]!.components.at(-1)!['memoryMb']).toBe(1024);
    expect(s.getState().scenario.architectures![0]!.components[0]).toBe(before.components[0]);
  });

  it('removes a component, re-wiring what it triggered to what triggered it', () => {
    const s = createAppStore();
    s.getState().addArchitecture({
      id: 'chain',
      components: [
        { id: 'api', kind: 'aws-api-gateway', perRequest: { calls: 1 } },
        { id: 'fn', kind: 'aws-lambda', triggeredBy: 'api' },
        { id: 'table', kind: 'aws-dynamodb', triggeredBy: 'fn', perRequest: { reads: 1 } },
      ],
    });
    const i = s.getState().scenario.architectures!.length - 1;
    s.getState().removeComponent(i, 1);
    expect(s.getState().scenario.architectures![i]!.components.map((c) => [c.id, c.triggeredBy])).toEqual([
      ['api', undefined],
      ['table', 'api'],
    ]);
    s.getState().removeComponent(i, 0);
    expect(s.getState().scenario.architectures![i]!.components).toEqual([
      { id: 'table', kind: 'aws-dynamodb', perRequest: { reads: 1 } },
    ]);
    s.getState().removeComponent(i, 0);
    expect(s.getState().scenario.architectures![i]!.components).toHaveLength(1);
  });

  it('removes the last system when architectures remain', () => {
    const s = createAppStore();
    s.getState().startFromTemplate(first.scenario);
    s.getState().addSystem({ id: 'lambda', kind: 'aws-lambda' });
    s.getState().removeSystem(0);
    expect(s.getState().scenario.systems).toEqual([]);
  });
});
