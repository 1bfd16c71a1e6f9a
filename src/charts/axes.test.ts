import { describe, expect, it } from 'vitest';
import { requestsAtFraction } from './axes';

describe('chart axes', () => {
  it('maps a pointer position on the plot to traffic on the log axis', () => {
    expect(requestsAtFraction(0.5, 4, 10)).toBeCloseTo(1e7);
    expect(requestsAtFraction(2, 4, 10)).toBe(1e10);
  });
});
