import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { SECONDS_PER_MONTH } from '../../engine/model';
import { unitsAt } from '../../engine/staircase';
import { MAX_RPS_PER_MEMBER, memberCapacity } from './capacity';

const t3small = { name: 't3.small', noun: 'instance', vcpu: 2, memoryGib: 2 };
const w = { cpuMs: 200, durationMs: 200, peakToAverage: 1, memoryPerRequestMb: null };

describe('the capacity model: req/s per member', () => {
  it('is vCPUs × target utilisation ÷ CPU seconds per request, with its arithmetic', () => {
    const c = memberCapacity(t3small, w, 0.7);
    expect(c.rpsPerMember.toString()).toBe('7');
    expect(c.limit).toBe('cpu');
    expect(c.text).toBe('t3.small: 2 vCPU × 70% ÷ 200 ms CPU = 7 req/s per instance');
  });

  it('keeps a burstable instance within its CPU baseline: 2 vCPU × 20% ÷ 200 ms = 2 req/s', () => {
    const c = memberCapacity({ ...t3small, baselinePerVcpu: 0.2 }, w, 0.7);
    expect(c.rpsPerMember.toString()).toBe('2');
    expect(c.limit).toBe('baseline');
    expect(c.text).toContain('2 vCPU × 20% baseline ÷ 200 ms CPU = 2 req/s per instance');
    expect(c.text).toContain('not binding: cpu 7');
  });

  it('applies the baseline to sustained CPU: at peak-to-average 3 the peak may be 3× the baseline, up to the target', () => {
    const p3 = memberCapacity({ ...t3small, baselinePerVcpu: 0.2 }, { ...w, peakToAverage: 3 }, 0.7);
    expect(p3.rpsPerMember.toString()).toBe('6');
    const p5 = memberCapacity({ ...t3small, baselinePerVcpu: 0.2 }, { ...w, peakToAverage: 5 }, 0.7);
    expect([p5.limit, p5.rpsPerMember.toString()]).toEqual(['cpu', '7']);
  });

  it('lets memory bind when each request in flight holds memoryPerRequestMb (Little’s law over the duration)', () => {
    // 2 GiB × 70% ÷ 512 MB = 2.8 in flight; ÷ 0.2 s = 14 req/s, below CPU's 2 × 0.7 ÷ 0.02 = 70.
    const c = memberCapacity(t3small, { ...w, cpuMs: 20, memoryPerRequestMb: 512 }, 0.7);
    expect([c.limit, c.rpsPerMember.toString()]).toEqual(['memory', '14']);
    expect(c.text).toContain('2 GiB × 70% ÷ 512 MB per request = 2.8 in flight ÷ 200 ms = 14 req/s per instance');
  });

  it('refuses, naming workload.memoryPerRequestMb, when not one request fits in memory', () => {
    const run = () => memberCapacity(t3small, { ...w, memoryPerRequestMb: 2048 }, 0.7);
    expect(run).toThrow(EngineError);
    expect(run).toThrow(/not one request of 2,048 MB fits/);
    try {
      run();
    } catch (e) {
      expect((e as EngineError).field).toBe('workload.memoryPerRequestMb');
    }
  });

  it('caps at a concurrency limit: 80 concurrent ÷ 200 ms = 400 req/s', () => {
    const c = memberCapacity({ ...t3small, maxConcurrency: 80 }, { ...w, cpuMs: 1 }, 0.7);
    expect([c.limit, c.rpsPerMember.toString()]).toEqual(['concurrency', '400']);
  });

  it('with no CPU time and no other limit, a member serves the ceiling and the fleet is its minimum', () => {
    const c = memberCapacity(t3small, { ...w, cpuMs: 0 }, 0.7);
    expect([c.limit, c.rpsPerMember.toNumber()]).toEqual(['ceiling', MAX_RPS_PER_MEMBER]);
  });
});

const shape = fc.record({
  name: fc.constant('m'),
  noun: fc.constant('instance'),
  vcpu: fc.constantFrom(0.25, 0.5, 1, 2, 4, 16),
  memoryGib: fc.constantFrom(0.5, 1, 2, 8, 120),
  baselinePerVcpu: fc.option(fc.constantFrom(0.05, 0.1, 0.2, 0.3, 0.5), { nil: undefined }),
  maxConcurrency: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
});
// The schema's bounds: cpuMs and durationMs up to 900,000 ms, peak-to-average 1–1,000, utilisation 5%–100%.
const load = fc.record({
  cpuMs: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 900_000, noNaN: true })),
  durationMs: fc.double({ min: 0.001, max: 900_000, noNaN: true }),
  peakToAverage: fc.double({ min: 1, max: 1000, noNaN: true }),
  memoryPerRequestMb: fc.option(fc.double({ min: 0.001, max: 32_768, noNaN: true }), { nil: null }),
});
const utilisation = fc.double({ min: 0.05, max: 1, noNaN: true });

describe('the capacity model over every bounded input', () => {
  it('gives a positive, finite capacity, or refuses by naming the field', () => {
    fc.assert(
      fc.property(shape, load, utilisation, (m, l, u) => {
        try {
          const c = memberCapacity(m, l, u);
          expect(c.rpsPerMember.isFinite() && c.rpsPerMember.gt(0)).toBe(true);
          expect(c.rpsPerMember.lte(MAX_RPS_PER_MEMBER)).toBe(true);
        } catch (e) {
          expect(e instanceof EngineError && e.field === 'workload.memoryPerRequestMb').toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('sizes a fleet that never shrinks as traffic grows and keeps a burstable’s sustained CPU within its baseline', () => {
    fc.assert(
      fc.property(
        shape,
        load,
        utilisation,
        fc.integer({ min: 0, max: 4 }),
        // Whole requests or none: the staircase counts 1e-18 of a step as none (its boundary snapping).
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e12, noNaN: true })), {
          minLength: 2,
          maxLength: 6,
        }),
        (m, l, u, min, rs) => {
          let c;
          try {
            c = memberCapacity(m, { ...l, memoryPerRequestMb: null }, u);
          } catch {
            return;
          }
          const step = {
            usdPerUnit: dec(1),
            minCount: dec(min),
            requestsPerStep: dec(SECONDS_PER_MONTH).times(c.rpsPerMember).div(l.peakToAverage),
          };
          const sorted = [...rs].sort((a, b) => a - b).map((r) => dec(r));
          const sizes = sorted.map((r) => unitsAt(step, r));
          sizes.forEach((n, i) => i > 0 && expect(n.gte(sizes[i - 1]!)).toBe(true));
          if (m.baselinePerVcpu === undefined) return;
          sorted.forEach((r, i) => {
            // Sustained CPU (average req/s × CPU seconds) within members × vCPUs × baseline, to the 30th digit.
            const sustained = r.div(SECONDS_PER_MONTH).times(l.cpuMs).div(1000);
            const allowance = sizes[i]!.times(m.vcpu).times(m.baselinePerVcpu!);
            expect(sustained.lte(allowance.times(dec(1).plus('1e-30')))).toBe(true);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
