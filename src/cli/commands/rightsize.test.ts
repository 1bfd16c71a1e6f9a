import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'rightsize-'));
const REPORT_LINES = fileURLToPath(new URL('./fixtures/report-lines.txt', import.meta.url));
const scenarioFile = (workload: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => {
  const path = join(dir, `s${Math.random().toString(36).slice(2)}.json`);
  const s = {
    schema: 2,
    pricingDate: '2025-08-01',
    workload: { requestsPerMonth: 5_000_000, durationMs: 400, memoryMb: 512, cpuBoundShare: 0.8, ...workload },
    systems: [{ id: 'fn', kind: 'aws-lambda' }],
    ...extra,
  };
  writeFileSync(path, JSON.stringify(s));
  return path;
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

type Entry = {
  memoryMb: number;
  architecture: string;
  durationMs: number;
  monthlyUsd: string;
  source: string;
  durationsFrom: string;
  cheaperPct?: number;
};
type Json = {
  current: Entry;
  recommendations: Record<string, Entry | null>;
  byArchitecture: Record<string, unknown>;
  points: Entry[];
  measured: Record<string, unknown> | null;
  notes: string[];
};
const json = (r: { out: string }) => JSON.parse(r.out) as Json;

describe('rightsize command', () => {
  it('gives current, recommendations and every point as JSON, money as decimal strings', () => {
    const r = cli('rightsize', scenarioFile(), '--format', 'json');
    expect(r.code).toBe(0);
    const j = json(r);
    expect(j.current).toMatchObject({ memoryMb: 512, architecture: 'x86_64', durationMs: 400 });
    expect(Object.keys(j.recommendations)).toEqual(['cheapest', 'fastest', 'balanced', 'powerTuningBalanced']);
    expect(j.points).toHaveLength(318);
    for (const p of j.points) expect(p.monthlyUsd).toMatch(/^\d+\.\d\d$/);
    const cheapest = j.recommendations.cheapest!;
    expect(
      Math.min(...j.points.filter((p) => p.durationsFrom === p.architecture).map((p) => Number(p.monthlyUsd))),
    ).toBe(Number(cheapest.monthlyUsd));
    expect(Object.keys(j.byArchitecture)).toEqual(['x86_64', 'arm64']);
  });

  it('adds withinLatency when a limit is given', () => {
    const j = json(cli('rightsize', scenarioFile(), '--format', 'json', '--latency-limit', '250'));
    expect(j.recommendations.withinLatency?.durationMs).toBeLessThanOrEqual(250);
  });

  it('uses REPORT lines: measured points, cold starts, INIT and the memory floor', () => {
    const r = cli(
      'rightsize',
      scenarioFile(),
      '--format',
      'json',
      '--report-lines',
      REPORT_LINES,
      '--latency-limit',
      '500',
      '--latency-metric',
      'p95',
    );
    expect(r.code).toBe(0);
    const j = json(r);
    expect(j.measured).toMatchObject({
      source: 'report-lines',
      parsed: 8,
      skipped: 1,
      applied: { coldStartRate: 0.125, initDurationMs: 420, maxMemoryUsedMb: 116 },
    });
    const x86 = j.points.filter((p) => p.architecture === 'x86_64');
    expect(x86[0]?.memoryMb).toBe(256);
    expect(x86.at(-1)?.memoryMb).toBe(1024);
    expect(x86.find((p) => p.memoryMb === 768)?.source).toBe('untested');
    expect(j.recommendations.withinLatency?.memoryMb).toBe(512);
  });

  it('uses a Power Tuning link', () => {
    const url =
      'https://lambda-power-tuning.show/#gAAAAQACAAQABsAL;ZooQR4yvkUa/pQRGRC5zRaADHUVjOftE;AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/';
    const j = json(cli('rightsize', scenarioFile({ durationMs: 8000 }), '--format', 'json', '--power-tuning', url));
    expect(j.measured).toMatchObject({ source: 'power-tuning', parsed: 6 });
    const at1024 = j.points.find((p) => p.memoryMb === 1024 && p.architecture === 'x86_64');
    expect(at1024?.source).toBe('measured');
    expect(at1024?.durationMs).toBeCloseTo(3890.9, 1);
    expect(j.recommendations.fastest?.memoryMb).toBe(3008);
  });

  it('prints a table and Markdown with "cheaper / faster than your current setting"', () => {
    const t = cli('rightsize', scenarioFile());
    expect(t.out).toMatch(/Cheapest: .*than your current setting/);
    expect(t.out).toMatch(/Prices as of 2025-08-01/);
    const m = cli('rightsize', scenarioFile(), '--format', 'markdown');
    expect(m.out).toMatch(/^\| Cheapest \| \d+ MB \|/m);
  });

  it('refuses bad options and inputs by name, with exit code 2', () => {
    expect(cli('rightsize', scenarioFile(), '--weight', '2').err).toMatch(/--weight must be a number from 0 to 1/);
    expect(cli('rightsize', scenarioFile(), '--power-tuning', 'https://lambda-power-tuning.show/#abc').err).toMatch(
      /--power-tuning: link: expected 3 parts/,
    );
    expect(cli('rightsize', scenarioFile(), '--report-lines', join(dir, 'none.txt')).err).toMatch(/no such file/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, 'START RequestId: x\n');
    expect(cli('rightsize', scenarioFile(), '--report-lines', empty).err).toMatch(/no readable REPORT lines/);
    const noLambda = scenarioFile({}, { systems: [{ id: 'vm', kind: 'aws-ec2', instanceType: 't3.small', count: 1 }] });
    const r = cli('rightsize', noLambda);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no aws-lambda system/);
  });
});
