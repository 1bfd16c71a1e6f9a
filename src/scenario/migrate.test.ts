import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA_VERSION, parseScenario } from '.';

/** examples/brief.json as version 1 wrote it (the file itself is now version 3). */
const v1: Record<string, unknown> = {
  schema: 1,
  name: 'The brief: 1 M requests/month, 200 ms, 512 MB',
  workload: { requestsPerMonth: 1000000, durationMs: 200, memoryMb: 512, architecture: 'x86_64' },
  systems: [
    { id: 'lambda', name: 'Lambda', kind: 'aws-lambda' },
    { id: 't3-small', name: 't3.small', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
  ],
};

describe('scenario format versions', () => {
  it('4 is the current version', () => {
    expect(SCENARIO_SCHEMA_VERSION).toBe(4);
  });

  it('opens a version 1 file, upgraded to the current version with the right-sizing defaults', () => {
    expect(v1.schema).toBe(1);
    const parsed = parseScenario(v1);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.scenario.schema).toBe(4);
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
    const parsed = parseScenario({ ...v1, schema: 5 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.field).toBe('schema');
  });

  it('2 → 3 writes out the fleets version 2 ran: max(1, minimum) members, Cloud Run by concurrency', () => {
    const parsed = parseScenario({
      ...v1,
      schema: 2,
      systems: [
        { id: 'a', kind: 'aws-ec2', instanceType: 't3.small' },
        { id: 'b', kind: 'aws-ec2', instanceType: 't3.small', minInstances: 3 },
        { id: 'c', kind: 'aws-ec2', instanceType: 't3.small', rpsPerInstance: 50 },
        { id: 'd', kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, minTasks: 0 },
        { id: 'e', kind: 'gcp-compute', machineType: 'e2-small', minInstances: 2 },
        { id: 'f', kind: 'azure-vm', machineType: 'B1s', count: 4 },
        { id: 'g', kind: 'gcp-cloud-run', billing: 'instance' },
        { id: 'h', kind: 'gcp-cloud-run' },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const s = parsed.scenario.systems as readonly Record<string, unknown>[];
    expect(s.map((x) => x.count ?? x.tasks ?? null)).toEqual([1, 3, null, 1, 2, 4, null, null]);
    expect(s[2]!.rpsPerInstance).toBe(50);
    expect(s.map((x) => x.sizing ?? null)).toEqual([null, null, null, null, null, null, 'concurrency', null]);
  });

  it('a version 3 server without a count is sized from the workload, not pinned', () => {
    const parsed = parseScenario({
      ...v1,
      schema: 3,
      systems: [{ id: 'a', kind: 'aws-ec2', instanceType: 't3.small' }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.scenario.systems[0]).not.toHaveProperty('count');
  });

  it('2 → 3 leaves an invalid minimum for the schema to name, pinning one instance', () => {
    const parsed = parseScenario({
      ...v1,
      schema: 2,
      systems: [{ id: 'a', kind: 'aws-ec2', instanceType: 't3.small', minInstances: 2.5 }],
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.field)).toEqual(['systems[0].minInstances']);
  });

  it('2 → 3 writes what version 2 priced into its servers: no public IPv4, no EBS, an ALB without addresses', () => {
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
