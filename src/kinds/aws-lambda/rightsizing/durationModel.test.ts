import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MB_PER_VCPU, modelDuration, reanchor, usableVcpus } from './durationModel';

const model = fc.record({
  memoryMb: fc.integer({ min: 128, max: 10_240 }),
  durationMs: fc.double({ min: 1, max: 900_000, noNaN: true }),
  cpuBoundShare: fc.double({ min: 0, max: 1, noNaN: true }),
  threads: fc.integer({ min: 1, max: 16 }),
});
const size = fc.integer({ min: 128, max: 10_240 });

describe('CPU-share duration model', () => {
  it('never gets slower with more memory', () => {
    fc.assert(
      fc.property(model, size, size, (m, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(modelDuration(m, hi).durationMs).toBeLessThanOrEqual(modelDuration(m, lo).durationMs * (1 + 1e-12));
      }),
    );
  });

  it('returns the known duration, with a zero-width band, at the known size', () => {
    fc.assert(
      fc.property(model, (m) => {
        const d = modelDuration(m, m.memoryMb);
        expect(d.durationMs).toBeCloseTo(m.durationMs, 6);
        expect(d.highMs - d.lowMs).toBeLessThan(1e-6 * m.durationMs);
      }),
    );
  });

  it('keeps the band around the estimate, widening away from the known size', () => {
    fc.assert(
      fc.property(model, size, (m, s) => {
        const d = modelDuration(m, s);
        expect(d.lowMs).toBeLessThanOrEqual(d.durationMs * (1 + 1e-12));
        expect(d.highMs).toBeGreaterThanOrEqual(d.durationMs * (1 - 1e-12));
      }),
    );
    const m = { memoryMb: 512, durationMs: 1000, cpuBoundShare: 0.5, threads: 1 };
    const near = modelDuration(m, 640);
    const far = modelDuration(m, 1536);
    expect(far.highMs - far.lowMs).toBeGreaterThan(near.highMs - near.lowMs);
  });

  it('does not scale I/O time: a share of 0 gives the same duration everywhere', () => {
    const m = { memoryMb: 512, durationMs: 300, cpuBoundShare: 0, threads: 4 };
    expect(modelDuration(m, 128).durationMs).toBe(300);
    expect(modelDuration(m, 10_240).durationMs).toBe(300);
  });

  it('halves fully CPU-bound time when memory doubles below one vCPU', () => {
    const m = { memoryMb: 512, durationMs: 1000, cpuBoundShare: 1, threads: 1 };
    expect(modelDuration(m, 1024).durationMs).toBeCloseTo(500, 9);
  });

  it('gives single-threaded code nothing above 1,769 MB, and two threads up to 3,538 MB', () => {
    const one = { memoryMb: MB_PER_VCPU, durationMs: 1000, cpuBoundShare: 1, threads: 1 };
    expect(modelDuration(one, 10_240).durationMs).toBeCloseTo(1000, 9);
    const two = { ...one, threads: 2 };
    expect(modelDuration(two, 2 * MB_PER_VCPU).durationMs).toBeCloseTo(500, 9);
    expect(modelDuration(two, 10_240).durationMs).toBeCloseTo(500, 9);
    expect(usableVcpus(10_240, 64)).toBeCloseTo(10_240 / 1769, 12);
  });

  it('re-anchoring at another size keeps predicting the same curve', () => {
    fc.assert(
      fc.property(model, size, size, (m, s, t) => {
        const r = reanchor(m, s);
        expect(modelDuration(r, t).durationMs).toBeCloseTo(modelDuration(m, t).durationMs, 4);
      }),
    );
  });
});
