import { describe, expect, it } from 'vitest';
import { decadeTicks } from './scales';

describe('the charts’ tick rule', () => {
  it('ticks every power of ten in the window, its bounds included', () => {
    expect(decadeTicks(1e4, 1e7)).toEqual([1e4, 1e5, 1e6, 1e7]);
    expect(decadeTicks(0.01, 100)).toEqual([0.01, 0.1, 1, 10, 100]);
  });

  it('counts a bound a float’s error away from a power of ten as one', () => {
    expect((0.1 + 0.2) / 3).toBe(0.10000000000000002);
    expect(decadeTicks((0.1 + 0.2) / 3, 10)).toEqual([0.1, 1, 10]);
    expect(decadeTicks(0.001, 0.1 * 0.1)).toEqual([0.001, 0.01]);
  });

  it('ticks only inside a window that is not whole decades', () => {
    expect(decadeTicks(3, 2000)).toEqual([10, 100, 1000]);
    expect(decadeTicks(20, 90)).toEqual([]);
  });
});
