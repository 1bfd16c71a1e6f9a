import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA_VERSION, parseScenario } from '.';

const brief = JSON.parse(readFileSync(new URL('../../examples/brief.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
/** The brief as version 1 wrote it: Lambda and one t3.small. */
const v1: Record<string, unknown> = {
  schema: 1,
  workload: brief.workload,
  systems: [
    { id: 'lambda', kind: 'aws-lambda' },
    { id: 't3-small', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
  ],
};

describe('scenario format versions', () => {
  it('is at version 3', () => {
    expect(SCENARIO_SCHEMA_VERSION).toBe(3);
  });

  it('opens a version 1 file, upgraded to the current version with the right-sizing defaults', () => {
    const parsed = parseScenario(v1);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.scenario.schema).toBe(3);
    expect(parsed.resolved.workload).toMatchObject({
      cpuBoundShare: 0.5,
      threads: 1,
      maxMemoryUsedMb: null,
      headroomPct: 20,
    });
  });

  it('reads the right-sizing fields of a version 2 file', () => {
    const w = { ...(v1.workload as object), cpuBoundShare: 0.8, threads: 4, maxMemoryUsedMb: 300, headroomPct: 10 };
    const parsed = parseScenario({ ...v1, schema: 2, workload: w });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.resolved.workload).toMatchObject({
      cpuBoundShare: 0.8,
      threads: 4,
      maxMemoryUsedMb: 300,
      headroomPct: 10,
    });
  });

  it('names the field when a right-sizing input is out of range', () => {
    const w = { ...(v1.workload as object), cpuBoundShare: 1.5, threads: 0 };
    const parsed = parseScenario({ ...v1, schema: 2, workload: w });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.field).sort()).toEqual(['workload.cpuBoundShare', 'workload.threads']);
  });

  it('reads a version 2 field in a version 1 file (the migration only renumbers)', () => {
    const parsed = parseScenario({ ...v1, workload: { ...(v1.workload as object), cpuBoundShare: 0.3 } });
    expect(parsed.ok && parsed.resolved.workload.cpuBoundShare).toBe(0.3);
  });

  it('refuses a future version by name', () => {
    const parsed = parseScenario({ ...v1, schema: 4 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.field).toBe('schema');
  });

  it('writes what version 2 priced into its servers: no public IPv4, no EBS, an ALB without addresses', () => {
    const parsed = parseScenario({
      ...v1,
      schema: 2,
      systems: [
        { id: 'vm', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
        { id: 'lb', kind: 'aws-ec2', instanceType: 't3.small', count: 2, loadBalancer: 'alb' },
        { id: 'task', kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1 },
        { id: 'fn', kind: 'aws-lambda' },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.scenario.systems).toEqual([
      { id: 'vm', kind: 'aws-ec2', instanceType: 't3.small', count: 1, publicIpv4: 0, ebsGb: 0 },
      {
        id: 'lb',
        kind: 'aws-ec2',
        instanceType: 't3.small',
        count: 2,
        loadBalancer: 'alb',
        publicIpv4: 0,
        ebsGb: 0,
        albPublicIpv4: 0,
      },
      { id: 'task', kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1, publicIpv4: 0 },
      { id: 'fn', kind: 'aws-lambda' },
    ]);
  });

  it('gives a version 3 server the defaults of the charges around it', () => {
    const parsed = parseScenario({ ...v1, schema: 3 });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.resolved.systems[1]).toMatchObject({ publicIpv4: 1, ebsGb: 8, azs: 2, albPublicIpv4: 1 });
  });
});
