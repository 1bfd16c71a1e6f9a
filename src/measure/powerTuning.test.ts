import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePowerTuningLink } from './powerTuning';

function b64(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)));
}

/** Encodes as Power Tuning does: base64 of the typed arrays' bytes (little-endian on every platform it runs on). */
function encode(sizes: number[], times: number[], costs: number[]): string {
  return `${b64(new Int16Array(sizes).buffer)};${b64(new Float32Array(times).buffer)};${b64(new Float32Array(costs).buffer)}`;
}

// anchors.md: the README example's sizes and times parts (its costs part is elided there; any valid one will do).
const README_SIZES = 'gAAAAQACAAQABsAL';
const README_TIMES = 'ZooQR4yvkUa/pQRGRC5zRaADHUVjOftE';
const COSTS = b64(new Float32Array([7.7e-5, 7.8e-5, 7.1e-5, 6.5e-5, 6.3e-5, 9.8e-5]).buffer);

describe('Power Tuning link', () => {
  it('decodes the README example to its documented sizes and times', () => {
    const r = parsePowerTuningLink(`https://lambda-power-tuning.show/#${README_SIZES};${README_TIMES};${COSTS}`);
    if (!r.ok) throw new Error(r.message);
    const [s] = r.series;
    expect(s?.points.map((p) => p.memoryMb)).toEqual([128, 256, 512, 1024, 1536, 3008]);
    const times = [37002.4, 18647.8, 8489.4, 3890.9, 2512.2, 2009.8];
    s?.points.forEach((p, i) => expect(p.durationMs).toBeCloseTo(times[i]!, 1));
    expect(s?.points[0]?.costUsd).toBeCloseTo(7.7e-5, 10);
    expect(r.currency).toBeNull();
  });

  it('accepts the fragment alone and reads ?currency', () => {
    const r = parsePowerTuningLink(
      `https://lambda-power-tuning.show/?currency=CNY#${README_SIZES};${README_TIMES};${COSTS}`,
    );
    expect(r.ok && r.currency).toBe('CNY');
    expect(parsePowerTuningLink(`${README_SIZES};${README_TIMES};${COSTS}`).ok).toBe(true);
  });

  it('reads a comparison link: two series and their labels', () => {
    const a = encode([128, 256], [200, 100], [1e-6, 1e-6]);
    const b = encode([128, 256], [150, 80], [8e-7, 9e-7]);
    const r = parsePowerTuningLink(`https://lambda-power-tuning.show/#${a};${b};x86%20build;arm64`);
    if (!r.ok) throw new Error(r.message);
    expect(r.series.map((s) => s.label)).toEqual(['x86 build', 'arm64']);
    expect(r.series[1]?.points.map((p) => p.durationMs)).toEqual([150, 80]);
  });

  it('round-trips any valid result', () => {
    const point = fc.record({
      m: fc.integer({ min: 128, max: 10_240 }),
      t: fc.float({ min: 1, max: 900_000, noNaN: true }),
      c: fc.float({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(point, { minLength: 1, maxLength: 20, selector: (p) => p.m }), (pts) => {
        const r = parsePowerTuningLink(
          `#${encode(
            pts.map((p) => p.m),
            pts.map((p) => p.t),
            pts.map((p) => p.c),
          )}`,
        );
        if (!r.ok) throw new Error(r.message);
        const sorted = [...pts].sort((a, b) => a.m - b.m);
        expect(r.series[0]?.points).toEqual(sorted.map((p) => ({ memoryMb: p.m, durationMs: p.t, costUsd: p.c })));
      }),
    );
  });

  it('explains what is wrong with a broken link, never throwing', () => {
    const msg = (s: string) => {
      const r = parsePowerTuningLink(s);
      return r.ok ? 'ok' : r.message;
    };
    expect(msg('https://lambda-power-tuning.show/')).toMatch(/expected 3 parts/);
    expect(msg(`#${README_SIZES};${README_TIMES}`)).toMatch(/found 2/);
    expect(msg(`#!!!;${README_TIMES};${COSTS}`)).toMatch(/^sizes: not base64/);
    expect(msg(`#${README_SIZES};${b64(new Float32Array([1]).buffer)};${COSTS}`)).toMatch(/6 sizes but 1 times/);
    expect(msg(`#${encode([64], [1], [0])}`)).toMatch(/below 128 MB/);
    expect(msg(`#${encode([128], [Number.NaN], [0])}`)).toMatch(/^times:/);
    expect(msg(`#${encode([128, 128], [1, 2], [0, 0])}`)).toMatch(/listed twice/);
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => parsePowerTuningLink(s)).not.toThrow();
      }),
    );
  });

  it('refuses a time above 15 minutes (a float32 can say 3e38 ms), naming the part', () => {
    const r = parsePowerTuningLink(encode([128, 256], [200, 3e38], [1e-6, 1e-6]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/times: a time is above 900,000 ms/);
  });
});
