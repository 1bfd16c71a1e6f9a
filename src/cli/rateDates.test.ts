import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from './captured';

const scenario = join(mkdtempSync(join(tmpdir(), 'sb-rate-dates-')), 'two.json');
writeFileSync(
  scenario,
  JSON.stringify({
    schema: 1,
    workload: { requestsPerMonth: 1_000_000, durationMs: 100, memoryMb: 512 },
    systems: [
      { id: 'm', name: 't3.medium', kind: 'aws-ec2', instanceType: 't3.medium', count: 1 },
      { id: 'a', name: 't3a.micro', kind: 'aws-ec2', instanceType: 't3a.micro', count: 1 },
    ],
  }),
);

type Report = { pricing: { warnings: string[] }; systems: { id: string; notes: string[]; monthlyUsd: string }[] };
const estimate = (date: string): Report =>
  JSON.parse(runCaptured('estimate', scenario, '--format', 'json', '--date', date).stdout) as Report;
const notesOf = (r: Report, id: string) => r.systems.find((s) => s.id === id)!.notes.join('\n');

describe('CLI --date with rates dated one by one', () => {
  it("on t3.medium's own date (2021-05-04) its row names the source; the warning names only the dated rates", () => {
    const r = estimate('2021-05-04');
    expect(notesOf(r, 'm')).toContain('unchanged since at least 2021-05-04');
    expect(notesOf(r, 'a')).toContain('no source dates it earlier');
    expect(r.pricing.warnings).toEqual([
      'aws-ec2: no prices on or before 2021-05-04; using the earliest file, aws/ec2/2026-03-01; its rates dated that early by their own sources: t3.medium',
    ]);
  });

  it('the day before, no rate is dated that early', () => {
    const r = estimate('2021-05-03');
    expect(notesOf(r, 'm')).toContain('its earliest dated source shows it from 2021-05-04');
    expect(r.pricing.warnings).toEqual([
      'aws-ec2: no prices on or before 2021-05-03; using the earliest file, aws/ec2/2026-03-01',
    ]);
  });

  it("the table prints the row's note and the warning", () => {
    const { code, stdout } = runCaptured('estimate', scenario, '--date', '2022-05-01');
    expect(code).toBe(0);
    expect(stdout).toContain('t3.medium on demand: aws/ec2/2026-03-01 is dated 2026-03-01, but this rate is unchanged');
    expect(stdout).toContain('its rates dated that early by their own sources: t3.nano, t3.micro, t3.small, t3.medium');
  });
});
