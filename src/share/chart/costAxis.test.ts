import { describe, expect, it } from 'vitest';
import { LOG_COST_DECADES, costAxis } from './costAxis';

describe('the cost axis both charts share', () => {
  it('spans whole decades from the lowest positive cost to the highest, a tick at each', () => {
    expect(costAxis([0, 0.02, 15.18, 46.88], 'log')).toEqual({
      scale: 'log',
      lo: 0.01,
      hi: 100,
      ticks: [0.01, 0.1, 1, 10, 100],
    });
    expect(costAxis([3, 5], 'log')).toMatchObject({ lo: 1, hi: 10 });
    expect(costAxis([10, 100], 'log')).toMatchObject({ lo: 10, hi: 100 });
  });

  it('keeps sub-cent costs where they are instead of raising them to a cent', () => {
    expect(costAxis([0.0004, 0.003, 2], 'log')).toMatchObject({ lo: 0.0001, hi: 10 });
  });

  it('goes at most LOG_COST_DECADES below the top, so a near-zero cost cannot flatten the chart', () => {
    const axis = costAxis([1e-15, 500], 'log');
    expect(Math.log10(axis.hi / axis.lo)).toBeCloseTo(LOG_COST_DECADES);
  });

  it('on a linear scale runs from 0 to a round number above the highest cost', () => {
    expect(costAxis([10, 100], 'linear')).toEqual({ scale: 'linear', lo: 0, hi: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(costAxis([0, 0.3], 'linear')).toMatchObject({ hi: 0.3, ticks: [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3] });
    expect(costAxis([], 'linear').hi).toBeGreaterThan(0);
  });
});
