import { describe, expect, it } from 'vitest';
import { measuredDuration, sortPoints } from './measuredCurve';

const points = sortPoints([
  { memoryMb: 1024, durationMs: 100, p95Ms: 150 },
  { memoryMb: 512, durationMs: 200, p95Ms: 300 },
  { memoryMb: 2048, durationMs: 80 },
]);

describe('measured duration curve', () => {
  it('returns measurements at measured sizes', () => {
    expect(measuredDuration(points, 512)).toEqual({ durationMs: 200, p95Ms: 300, untested: false, censored: false });
  });

  it('interpolates between measured sizes and flags the result untested', () => {
    expect(measuredDuration(points, 768)).toEqual({ durationMs: 150, p95Ms: 225, untested: true, censored: false });
  });

  it('has no p95 between sizes unless both neighbours have one', () => {
    expect(measuredDuration(points, 1536)).toEqual({ durationMs: 90, p95Ms: null, untested: true, censored: false });
  });

  it('does not extrapolate outside the measured range', () => {
    expect(measuredDuration(points, 448)).toBeNull();
    expect(measuredDuration(points, 2112)).toBeNull();
  });
});
