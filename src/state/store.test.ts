import { describe, expect, it } from 'vitest';
import { centsString } from '../engine';
import { createPricer } from '../report';
import { testCatalog } from '../testing/catalog';
import { createDeriveSelector, createSeriesSelector } from './derive';
import { fromPerMonth, toPerMonth } from './inputs';
import { MAX_SYSTEMS, createAppStore } from './store';

const price = createPricer(testCatalog());

describe('the app store', () => {
  it('is one store per mount: two stores never share inputs', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().setWorkload({ memoryMb: 1024 });
    expect(a.getState().scenario.workload.memoryMb).toBe(1024);
    expect(b.getState().scenario.workload.memoryMb).toBe(512);
  });

  it('adds systems under a fresh id and name', () => {
    const s = createAppStore();
    s.getState().addSystem({ id: 'lambda', name: 'Lambda', kind: 'aws-lambda' });
    const added = s.getState().scenario.systems.at(-1)!;
    expect(added).toMatchObject({ id: 'lambda-2', name: 'Lambda 2', kind: 'aws-lambda' });
  });

  it('duplicates a system right after it, as "(copy)", and removes systems but never the last', () => {
    const s = createAppStore();
    s.getState().duplicateSystem(2);
    const ids = s.getState().scenario.systems.map((x) => x.id);
    expect(ids).toEqual(['lambda', 'lambda-http', 't3-small', 't3-small-2', 't3-small-alb', 'fargate']);
    expect(s.getState().scenario.systems[3]).toMatchObject({
      name: 't3.small (copy)',
      instanceType: 't3.small',
      kind: 'aws-ec2',
    });
    for (let i = 0; i < 10; i++) s.getState().removeSystem(0);
    expect(s.getState().scenario.systems).toHaveLength(1);
  });

  it(`stops adding at ${MAX_SYSTEMS} systems, the scenario's limit`, () => {
    const s = createAppStore();
    for (let i = 0; i < 20; i++) s.getState().duplicateSystem(0);
    expect(s.getState().scenario.systems).toHaveLength(MAX_SYSTEMS);
  });

  it('clears an optional workload field back to its default when set to undefined', () => {
    const s = createAppStore();
    s.getState().setWorkload({ cpuMs: 50 });
    expect(s.getState().scenario.workload.cpuMs).toBe(50);
    s.getState().setWorkload({ cpuMs: undefined });
    expect('cpuMs' in s.getState().scenario.workload).toBe(false);
  });

  it('converts request rates over the 730-hour month both ways', () => {
    expect(toPerMonth(1, 'second')).toBe(2_628_000);
    expect(toPerMonth(1, 'minute')).toBe(43_800);
    expect(fromPerMonth(2_628_000, 'second')).toBe(1);
    expect(fromPerMonth(1_000_000, 'month')).toBe(1_000_000);
  });
});

describe('derived results', () => {
  it('prices the default scenario to the brief’s totals', () => {
    const derive = createDeriveSelector(price);
    const d = derive(createAppStore().getState());
    expect(d.stale).toBe(false);
    expect(d.shown!.analysis.estimates.map((e) => centsString(e.monthlyUsd))).toEqual([
      '1.87',
      '2.87',
      '19.47',
      '55.46',
      '21.67',
    ]);
  });

  it('is memoized on the scenario: the same inputs give the same object', () => {
    const derive = createDeriveSelector(price);
    const store = createAppStore();
    const first = derive(store.getState());
    store.getState().setRequestsUnit('second');
    expect(derive(store.getState())).toBe(first);
  });

  it('keeps the last valid result, marked stale, while the inputs have issues naming the field', () => {
    const derive = createDeriveSelector(price);
    const store = createAppStore();
    const good = derive(store.getState()).shown;
    store.getState().setWorkload({ memoryMb: 20_000 });
    const bad = derive(store.getState());
    expect(bad.stale).toBe(true);
    expect(bad.shown).toBe(good);
    expect(bad.issues).toEqual([expect.objectContaining({ field: 'workload.memoryMb' })]);
    store.getState().setWorkload({ durationMs: -1 });
    expect(derive(store.getState()).issues.map((i) => i.field)).toContain('workload.durationMs');
  });

  it('draws fleet steps as two points at the same traffic, and recomputes series only when needed', () => {
    const derive = createDeriveSelector(price);
    const store = createAppStore();
    store.getState().updateSystem(2, { id: 't3-small', kind: 'aws-ec2', instanceType: 't3.small', rpsPerInstance: 10 });
    const analysis = derive(store.getState()).shown!.analysis;
    const seriesOf = createSeriesSelector();
    const range = { fromExp: 6, toExp: 9 };
    const series = seriesOf(analysis, range);
    expect(seriesOf(analysis, { ...range })).toBe(series);
    const fleet = series.find((s) => s.id === 't3-small')!.points;
    // 10 rps per instance: a second instance from 26,280,000 requests/month (10 × 2,628,000 s).
    const at = fleet.filter((p) => p.requestsPerMonth === 26_280_000);
    expect(at.map((p) => p.usd.toFixed(2))).toEqual(['19.47', '38.95']);
  });
});
