import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA_VERSION, parseScenario } from '.';

const v1 = JSON.parse(readFileSync(new URL('../../examples/brief.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

describe('scenario format version 2', () => {
  it('is the current version', () => {
    expect(SCENARIO_SCHEMA_VERSION).toBe(2);
  });

  it('opens a version 1 file, upgraded to version 2 with the right-sizing defaults', () => {
    expect(v1.schema).toBe(1);
    const parsed = parseScenario(v1);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.scenario.schema).toBe(2);
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
    const parsed = parseScenario({ ...v1, schema: 3 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.field).toBe('schema');
  });
});
