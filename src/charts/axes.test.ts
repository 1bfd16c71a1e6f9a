import { describe, expect, it } from 'vitest';
import { LOG_COST_FLOOR_USD, costDomain, requestsAtFraction } from './axes';

describe('chart axes', () => {
  it('gives a log cost axis whole decades that hold every value, zero drawn at the floor', () => {
    expect(costDomain([0, 0.02, 15.18, 46.88], true)).toEqual([LOG_COST_FLOOR_USD, 100]);
    expect(costDomain([3, 5], true)).toEqual([1, 10]);
  });

  it('gives a linear cost axis 0 … max + 5%', () => {
    expect(costDomain([10, 100], false)).toEqual([0, 105]);
  });

  it('maps a pointer position on the plot to traffic on the log axis', () => {
    expect(requestsAtFraction(0.5, 4, 10)).toBeCloseTo(1e7);
    expect(requestsAtFraction(2, 4, 10)).toBe(1e10);
  });
});
