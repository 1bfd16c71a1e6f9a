import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePowerTuningLink } from './powerTuning';

/** The real links of samples/power-tuning-links.tsv (id, where it was found, link). */
const LINKS = new Map(
  readFileSync(new URL('./samples/power-tuning-links.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [id = '', , link = ''] = l.split('\t');
      return [id, link] as const;
    }),
);

function parsed(id: string) {
  const r = parsePowerTuningLink(LINKS.get(id) ?? '');
  if (!r.ok) throw new Error(r.message);
  return r;
}

function b64(values: number[], type: 'i16' | 'f32'): string {
  const bytes = new Uint8Array((type === 'i16' ? new Int16Array(values) : new Float32Array(values)).buffer);
  return btoa(String.fromCharCode(...bytes));
}

/** A series as Power Tuning prices it: ⌈time⌉ × price per ms at 128 MB × memory/128. */
function series(sizes: number[], times: number[], perMsAt128: number): string {
  const costs = sizes.map((m, i) => Math.ceil(times[i]!) * perMsAt128 * (m / 128));
  return `${b64(sizes, 'i16')};${b64(times, 'f32')};${b64(costs, 'f32')}`;
}

describe('real Power Tuning links', () => {
  it('reads the architecture each was measured on from its cost per ms at 128 MB', () => {
    expect(parsed('ISSUE-251').series[0]?.architecture).toBe('x86_64');
    expect(parsed('OX-RUST-1M').series[0]?.architecture).toBe('arm64');
    // 2019, 100 ms billing: the price matches x86_64 once times are rounded up to 100 ms.
    expect(parsed('YANCUI').series[0]?.architecture).toBe('x86_64');
    expect(parsed('PT-README').series[0]?.architectureBasis).toMatch(
      /^cost per ms at 128 MB 2\.09e-9: Power Tuning's x86_64/,
    );
  });
  it('accepts the viewer README demo link with its trailing ";"', () => {
    const r = parsePowerTuningLink(`${LINKS.get('PT-README')};`);
    expect(r.ok && r.series[0]?.points).toHaveLength(6);
  });
  it('keeps cold-start runs (INIT included) apart from warm durations', () => {
    const r = parsed('RB-VS-ND-COLD');
    expect(r.series.map((s) => [s.label, s.includesInit])).toEqual([
      ['Ruby Cold Start', true],
      ['Node Cold Sart', true],
    ]);
    expect(parsed('NODE-COLD').series[0]?.includesInit).toBe(false); // no label: nothing says so
  });
});

describe('comparison links', () => {
  const sizes = [128, 512, 1024];
  it('uses the second series as what it is: arm64 priced at $1.7e-9', () => {
    const x86 = series(sizes, [400, 100, 52], 2.1e-9);
    const arm = series(sizes, [330, 85, 44], 1.7e-9);
    const r = parsePowerTuningLink(`https://lambda-power-tuning.show/#${x86};${arm};x86;arm`);
    expect(r.ok && r.series.map((s) => s.architecture)).toEqual(['x86_64', 'arm64']);
    expect(r.ok && r.series[1]?.points[0]?.durationMs).toBe(330);
  });
  it('at regional prices, the series priced 20% below the other is arm64', () => {
    const x86 = series(sizes, [400, 100, 52], 2.8e-9);
    const arm = series(sizes, [330, 85, 44], 2.24e-9);
    const r = parsePowerTuningLink(`#${x86};${arm};a;b`);
    expect(r.ok && r.series.map((s) => s.architecture)).toEqual(['x86_64', 'arm64']);
    const alone = parsePowerTuningLink(`#${x86}`);
    expect(alone.ok && alone.series[0]?.architecture).toBeNull();
    expect(alone.ok && alone.series[0]?.architectureBasis).toMatch(/matches neither/);
  });
});
