import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../testing/parseCsv';
import { runCaptured } from '../captured';

const dir = mkdtempSync(join(tmpdir(), 'coldstart-'));
const REPORT_LINES = fileURLToPath(new URL('./fixtures/report-lines.txt', import.meta.url));
const scenarioFile = (extra: Record<string, unknown> = {}, workload: Record<string, unknown> = {}) => {
  const path = join(dir, `s${Math.random().toString(36).slice(2)}.json`);
  const s = {
    schema: 4,
    pricingDate: '2025-08-01',
    workload: { requestsPerMonth: 2_000, durationMs: 200, memoryMb: 512, ...workload },
    systems: [
      { id: 'fn', kind: 'aws-lambda' },
      { id: 'vm', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
    ],
    ...extra,
  };
  writeFileSync(path, JSON.stringify(s));
  return path;
};

function cli(...argv: string[]): { code: number; out: string; err: string } {
  const { code, stdout, stderr } = runCaptured(...argv);
  return { code, out: stdout, err: stderr };
}

type Json = {
  systems: {
    id: string;
    source: string;
    coldStartRate: number;
    cheapest: string | null;
    keepAliveMinutes: number;
    target: unknown;
    mitigations: { id: string; monthlyUsd?: string; extraUsd?: string; meetsTarget?: boolean; unavailable?: string }[];
  }[];
};

describe('coldstart command', () => {
  it('json: the modelled rate, every mitigation, the cheapest that meets the target', () => {
    const r = cli('coldstart', scenarioFile({ coldStart: { runtime: 'java', targetP99Ms: 500 } }), '--format', 'json');
    expect(r.err).toBe('');
    const j = JSON.parse(r.out) as Json;
    const s = j.systems[0]!;
    expect(s.source).toBe('modelled');
    expect(s.coldStartRate).toBeGreaterThan(0.5);
    expect(s.target).toEqual({ p99Ms: 500 });
    expect(s.mitigations.map((m) => m.id)).toEqual([
      'on-demand',
      'pc-all-month',
      'pc-scheduled',
      'snapstart',
      'keep-warm',
      'lighter-runtime',
      'edge',
      'server',
    ]);
    const meeting = s.mitigations.filter((m) => m.meetsTarget);
    const cheapest = meeting.reduce((a, b) => (Number(b.monthlyUsd) < Number(a.monthlyUsd) ? b : a));
    expect(s.cheapest).toBe(cheapest.id);
  });

  it('command-line options override the scenario, and measured REPORT lines the model', () => {
    const j = JSON.parse(
      cli('coldstart', scenarioFile(), '--format', 'json', '--keep-alive', '30', '--report-lines', REPORT_LINES).out,
    ) as Json;
    expect(j.systems[0]!.keepAliveMinutes).toBe(30);
    expect(j.systems[0]!.source).toBe('measured');
  });

  it('table, markdown and csv carry the same rows', () => {
    const file = scenarioFile({ coldStart: { runtime: 'python' } });
    const table = cli('coldstart', file).out;
    expect(table).toMatch(/Cold-start rate .* \(modelled\)/);
    expect(table).toMatch(/Keep-warm pings/);
    const md = cli('coldstart', file, '--format', 'markdown').out;
    expect(md).toMatch(/\| Option \| Monthly \|/);
    expect(md).toMatch(/\(cheapest that meets it\)/);
    const rows = parseCsv(cli('coldstart', file, '--format', 'csv').out);
    expect(rows[0]).toContain('monthly_usd');
    expect(rows.length).toBe(1 + 8);
    expect(rows.filter((r) => r[9] === 'true').length).toBe(1);
  });

  it('bad options and scenario fields name themselves', () => {
    expect(cli('coldstart', scenarioFile(), '--keep-alive', '0').err).toMatch(
      /--keep-alive must be a number from 1 to 60/,
    );
    expect(cli('coldstart', scenarioFile(), '--runtime', 'cobol').err).toMatch(/--runtime/);
    const bad = cli('coldstart', scenarioFile({ coldStart: { keepAliveMinutes: 120 } }));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/coldStart\.keepAliveMinutes.*1–60/);
  });
});
