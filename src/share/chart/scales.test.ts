import { describe, expect, it } from 'vitest';
import { decadeTicks, trafficTicks } from './scales';

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

describe('the traffic axis when zoomed', () => {
  it('keeps decade ticks over four decades or more', () => {
    expect(trafficTicks(1e3, 1e9)).toEqual(decadeTicks(1e3, 1e9));
    expect(trafficTicks(1e4, 1e8)).toEqual([1e4, 1e5, 1e6, 1e7, 1e8]);
  });

  it('adds 2× and 5× over two or three decades, every multiple over one', () => {
    expect(trafficTicks(1e6, 1e8)).toEqual([1e6, 2e6, 5e6, 1e7, 2e7, 5e7, 1e8]);
    expect(trafficTicks(1e6, 1e7)).toEqual([1e6, 2e6, 3e6, 4e6, 5e6, 6e6, 7e6, 8e6, 9e6, 1e7]);
  });

  it('gives a crossing at 8,134,271 a tick on either side within a tenth of a decade', () => {
    const ticks = trafficTicks(1e6, 1e7);
    const below = Math.max(...ticks.filter((t) => t <= 8_134_271));
    const above = Math.min(...ticks.filter((t) => t >= 8_134_271));
    expect([below, above]).toEqual([8e6, 9e6]);
  });
});
