import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'rightsize-measured-'));
/** A real-format sample (sources in src/measure/samples/README.md). */
const sample = (name: string) => fileURLToPath(new URL(`../../measure/samples/${name}`, import.meta.url));

function scenarioFile(workload: Record<string, unknown> = {}): string {
  const path = join(dir, `s${Math.random().toString(36).slice(2)}.json`);
  const s = {
    schema: 2,
    pricingDate: '2025-08-01',
    workload: { requestsPerMonth: 5_000_000, durationMs: 400, memoryMb: 512, ...workload },
    systems: [{ id: 'fn', kind: 'aws-lambda' }],
  };
  writeFileSync(path, JSON.stringify(s));
  return path;
}

type Point = {
  memoryMb: number;
  architecture: string;
  durationMs: number;
  durationsFrom: string;
  exceedsLimit: boolean;
};
type Json = {
  measured: Record<string, unknown> & { notes: string[] };
  current: Point;
  durationLimitMs: number;
  recommendations: Record<string, Point | null>;
  byArchitecture: Record<string, Record<string, Point | null>>;
  points: Point[];
  notes: string[];
};

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

function json(...argv: string[]): Json {
  const r = cli('rightsize', ...argv, '--format', 'json');
  if (r.code !== 0) throw new Error(r.err);
  return JSON.parse(r.out) as Json;
}

const every = (j: Json) => [
  ...Object.values(j.recommendations),
  ...Object.values(j.byArchitecture).flatMap((r) => Object.values(r)),
];

describe('rightsize --format json with real measurements', () => {
  it('reports parsed, skipped with reasons, the cold-start rate with what it rests on, INIT and max memory', () => {
    const j = json(scenarioFile(), '--report-lines', sample('insights-export.json'));
    expect(j.measured).toMatchObject({
      parsed: 3,
      skipped: 0,
      applied: {
        coldStartRate: 1,
        coldStartRateFrom: { coldStarts: 3, invocations: 3 },
        initDurationMs: 180.69,
        maxMemoryUsedMb: 58,
      },
    });
    expect(j.measured.notes.join(' ')).toMatch(/rests on 3 invocations, fewer than 50/);
    expect(j.current.memoryMb).toBe(128); // the measured configuration, not the scenario's 512 MB
  });

  it('names each skipped line and why', () => {
    const path = join(dir, 'skips.txt');
    writeFileSync(
      path,
      `${readFileSync(sample('g10_wazuh_128MB.txt'), 'utf8')}\nREPORT RequestId: z\tDuration: 901000 ms\tBilled Duration: 901000 ms\tMemory Size: 128 MB\tMax Memory Used: 90 MB\n`,
    );
    const j = json(scenarioFile(), '--report-lines', path);
    expect(j.measured).toMatchObject({
      parsed: 2,
      skipped: 1,
      problems: [{ line: 6, reason: 'durationMs: 901000 is above 900,000 ms (the 15-minute limit)' }],
    });
  });

  it('refuses several named functions, and sizes one when asked', () => {
    const path = join(dir, 'two.json');
    const rows = JSON.parse(readFileSync(sample('insights-export.json'), 'utf8')) as Record<string, string>[];
    writeFileSync(path, JSON.stringify([...rows, { ...rows[1]!, '@log': '1:/aws/lambda/other-fn' }]));
    expect(cli('rightsize', scenarioFile(), '--report-lines', path).err).toMatch(
      /lines of several functions: run-every-10-minutes \(3\), other-fn \(1\); choose one with --function/,
    );
    expect(json(scenarioFile(), '--report-lines', path, '--function', 'other-fn').measured.parsed).toBe(1);
  });

  it('takes the timeout from timed-out lines and recommends nothing that reaches it', () => {
    const j = json(scenarioFile({ memoryMb: 1024 }), '--report-lines', sample('g8_text_singletons.txt'));
    expect(j.durationLimitMs).toBe(300_000);
    for (const c of every(j)) if (c) expect(c.exceedsLimit).toBe(false);
    expect(j.measured).toMatchObject({ timeouts: 3 });
  });

  it('sets durationsFrom on every recommendation: arm64 when an arm64 link was measured', () => {
    const tsv = readFileSync(sample('power-tuning-links.tsv'), 'utf8');
    const link = tsv
      .split('\n')
      .find((l) => l.startsWith('OX-RUST-1M'))!
      .split('\t')[2]!;
    const j = json(scenarioFile(), '--power-tuning', link);
    expect(j.measured).toMatchObject({ architecture: { measured: 'arm64' } });
    for (const c of Object.values(j.recommendations))
      if (c) expect([c.architecture, c.durationsFrom]).toEqual(['arm64', 'arm64']);
    const x86 = j.byArchitecture.x86_64!;
    for (const c of Object.values(x86)) if (c) expect(c.durationsFrom).toBe('arm64');
    expect(j.recommendations.powerTuningBalanced).not.toBeNull();
  });
});
