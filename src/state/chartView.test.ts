import { describe, expect, it } from 'vitest';
import { chartViewOf } from '../scenario';
import { createAppStore } from './store';

describe('the chart view lives in the scenario', () => {
  it('a range or scale change is written to scenario.chart, and the defaults leave it out (the link stays short)', () => {
    const s = createAppStore();
    expect(s.getState().scenario.chart).toBeUndefined();
    s.getState().setChartRange({ fromExp: 2, toExp: 8 });
    s.getState().setCostScale('linear');
    expect(s.getState().scenario.chart).toEqual({ fromExp: 2, toExp: 8, costScale: 'linear' });
    s.getState().setChartRange({ fromExp: 4, toExp: 10 });
    expect(s.getState().scenario.chart).toEqual({ costScale: 'linear' });
    s.getState().setCostScale('log');
    expect(s.getState().scenario.chart).toBeUndefined();
    expect(chartViewOf(s.getState().scenario)).toEqual({ fromExp: 4, toExp: 10, costScale: 'log' });
  });

  it('a scenario replaced by a link brings its chart view with it', () => {
    const s = createAppStore();
    s.getState().replaceScenario({ ...s.getState().scenario, chart: { toExp: 12 } });
    expect(chartViewOf(s.getState().scenario)).toEqual({ fromExp: 4, toExp: 12, costScale: 'log' });
  });

  it('the title is a scenario field: set, and cleared back to none', () => {
    const s = createAppStore();
    s.getState().setScenarioField('name', 'Checkout');
    expect(s.getState().scenario.name).toBe('Checkout');
    s.getState().setScenarioField('name', undefined);
    expect('name' in s.getState().scenario).toBe(false);
  });
});
