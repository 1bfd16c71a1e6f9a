import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from './defaults';
import { parseScenario } from './parse';

function issues(patch: (s: typeof DEFAULT_SCENARIO) => unknown) {
  const res = parseScenario(patch(structuredClone(DEFAULT_SCENARIO)));
  return res.ok ? [] : res.issues.map((i) => `${i.field}: ${i.message}`);
}
const withSystem = (system: Record<string, unknown>) => (s: typeof DEFAULT_SCENARIO) => ({
  ...s,
  systems: [{ id: 'x', ...system }],
});

describe('the scenario schema bounds every number that divides or multiplies a bill', () => {
  it.each([
    ['aws-ec2', { kind: 'aws-ec2', instanceType: 't3.small', rpsPerInstance: 1e-15 }, 'systems[0].rpsPerInstance'],
    ['aws-ec2', { kind: 'aws-ec2', instanceType: 't3.small', rpsPerInstance: 1e308 }, 'systems[0].rpsPerInstance'],
    ['aws-fargate', { kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, rpsPerTask: 1e-12 }, 'systems[0].rpsPerTask'],
    [
      'gcp-compute',
      { kind: 'gcp-compute', machineType: 'e2-small', rpsPerInstance: 0.0009 },
      'systems[0].rpsPerInstance',
    ],
    ['azure-vm', { kind: 'azure-vm', machineType: 'B1s', rpsPerInstance: 2e6 }, 'systems[0].rpsPerInstance'],
  ])('a fleet capacity out of 0.001–1,000,000 req/s is refused by name (%s)', (_kind, system, field) => {
    expect(issues(withSystem(system))).toEqual([`${field}: must be 0.001–1,000,000 requests per second`]);
  });

  it('the bounds themselves are accepted', () => {
    for (const rps of [0.001, 1_000_000])
      expect(issues(withSystem({ kind: 'aws-ec2', instanceType: 't3.small', rpsPerInstance: rps }))).toEqual([]);
  });

  it.each([
    [
      'workload.memoryMb',
      (s: typeof DEFAULT_SCENARIO) => ({ ...s, workload: { ...s.workload, memoryMb: 1e308 } }),
      'must be at most 32,768 MB (32 GiB)',
    ],
    [
      'workload.cpuMs',
      (s: typeof DEFAULT_SCENARIO) => ({ ...s, workload: { ...s.workload, cpuMs: 1e308 } }),
      'must be at most 86,400,000 ms (24 hours)',
    ],
    [
      'systems[0].provisionedConcurrency.concurrency',
      withSystem({ kind: 'aws-lambda', provisionedConcurrency: { concurrency: 1e300, hoursPerMonth: 730 } }),
      'must be 1–100,000',
    ],
    [
      'systems[0].provisionedConcurrency.durationMs',
      withSystem({
        kind: 'aws-lambda',
        provisionedConcurrency: { concurrency: 1, hoursPerMonth: 730, durationMs: 1e308 },
      }),
      'must be at most 900,000 ms (15 minutes)',
    ],
  ])('%s past its bound is refused by name', (field, patch, message) => {
    expect(issues(patch)).toEqual([`${field}: ${message}`]);
  });
});

describe('names refuse control characters', () => {
  it.each([
    ['a line break', 'a\nb'],
    ['a carriage return', 'a\rb'],
    ['a tab', 'a\tb'],
    ['a terminal escape', '\u001b[31mred'],
    ['a line separator', 'a\u2028b'],
    ['C1 control', 'a\u0085b'],
  ])('a system name with %s is refused, naming the field', (_what, name) => {
    expect(issues((s) => ({ ...s, systems: [{ ...s.systems[0]!, name }] }))).toEqual([
      'systems[0].name: must not contain control characters (line breaks, tabs, escapes)',
    ]);
  });

  it('so is a scenario name with one; ordinary Unicode is fine', () => {
    expect(issues((s) => ({ ...s, name: 'x\ny' }))).toEqual([
      'name: must not contain control characters (line breaks, tabs, escapes)',
    ]);
    expect(issues((s) => ({ ...s, name: 'Zürich → 東京 · “quotes” & émoji 🚀' }))).toEqual([]);
  });
});

describe('names refuse markup but keep arrows and comparisons', () => {
  it.each([['API -> DB'], ['p95 < 200 ms'], ['a <- b'], ['x >= 3'], ['<3 Lambda'], ['< 1 M'], ['=> queue']])(
    '%j is accepted as a system and a scenario name',
    (name) => {
      expect(issues((s) => ({ ...s, name, systems: [{ ...s.systems[0]!, name }] }))).toEqual([]);
    },
  );

  it.each([['<b>bold</b>'], ['<img src=x onerror=alert(1)>'], ['</script>'], ['<!-- x -->'], ['<?xml?>'], ['a<svg']])(
    '%j is refused, naming the field',
    (name) => {
      expect(issues((s) => ({ ...s, systems: [{ ...s.systems[0]!, name }] }))).toEqual([
        'systems[0].name: must not contain markup (a "<" followed by a letter, "/", "!" or "?")',
      ]);
    },
  );
});
