import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../testing/parseCsv';
import { PINNED_DEFAULT } from '../../testing/pinnedDefault';
import { runCaptured as cli } from '../captured';

const dir = mkdtempSync(join(tmpdir(), 'sb-checklist-'));
function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(content));
  return p;
}
const brief = file('brief.json', PINNED_DEFAULT);
/** A 20-minute job on Lambda and on one t3.small. */
const longJob = file('long.json', {
  schema: 4,
  workload: { requestsPerMonth: 500, durationMs: 1_200_000, memoryMb: 1024 },
  systems: [
    { id: 'fn', name: 'Lambda', kind: 'aws-lambda' },
    { id: 'vm', name: 't3.small', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
  ],
});

describe('checklist command', () => {
  it('lists the optimisations by monthly saving in every format, the same items in each', () => {
    const json = JSON.parse(cli('checklist', brief, '--format', 'json').stdout);
    const ids: string[] = json.items.map((i: { id: string }) => i.id);
    expect(ids).toContain('arm64:lambda');
    const savings = json.items.map((i: { monthlySavingUsdExact: string }) => Number(i.monthlySavingUsdExact));
    expect(savings).toEqual([...savings].sort((a, b) => b - a));
    const table = cli('checklist', brief).stdout;
    expect(table).toMatch(/^ {2}1\. \$[\d.,]+\/month /m);
    expect(table).toContain('Run on arm64 (Graviton)');
    const md = cli('checklist', brief, '--format', 'markdown').stdout;
    expect(md.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(ids.length);
    const csv = parseCsv(cli('checklist', brief, '--format', 'csv').stdout);
    expect(
      csv
        .slice(1)
        .filter((r) => r[10] === 'saves')
        .map((r) => r[0]),
    ).toEqual(ids);
  });
});

describe('a 20-minute Lambda in the CLI', () => {
  it('is unable to run the workload and never cheapest, in every estimate format and in breakeven', () => {
    expect(cli('estimate', longJob).stdout).toMatch(/Lambda\s+can't run this workload/);
    const json = JSON.parse(cli('estimate', longJob, '--format', 'json').stdout);
    expect(json.systems[0].canRun).toBe(false);
    expect(json.cheapest.map((s: { id: string }) => s.id)).toEqual(['vm']);
    expect(cli('estimate', longJob, '--format', 'markdown').stdout).toContain("| Lambda | can't run this workload |");
    const csv = parseCsv(cli('estimate', longJob, '--format', 'csv').stdout);
    expect(csv.some((r) => r[0] === 'fn' && r[2] === "can't run this workload")).toBe(true);
    expect(cli('breakeven', longJob).stdout).toMatch(/^t3\.small is cheapest at every traffic/);
    expect(
      JSON.parse(cli('checklist', longJob, '--format', 'json').stdout).items.map(
        (i: { alternativeId: string }) => i.alternativeId,
      ),
    ).not.toContain('fn');
  });
});
