import { describe, expect, it } from 'vitest';
import { issues, lines } from '../../testing/priceOne';

const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };

describe('Compute Engine VMs', () => {
  it('bill the machine type of the region for the hours of the month, at the file’s hourly rate', () => {
    const l = lines(w, { kind: 'gcp-compute', machineType: 'e2-small', count: 2 });
    const line = l.line('vm-instances');
    expect(line.label).toBe('Compute Engine e2-small instances');
    expect(line.quantity.toString()).toBe('1460');
    expect(l.total.eq(line.rate.usdPerUnit.times(1460))).toBe(true);
    expect(line.grade).toBe('secondary');
  });

  it('name the field of an unknown region or machine type', () => {
    expect(issues(w, { kind: 'gcp-compute', machineType: 'nope-1', count: 1 })[0]!.field).toBe(
      'systems[0].machineType',
    );
    expect(
      issues(w, { kind: 'gcp-compute', region: 'nowhere-west9', machineType: 'e2-small', count: 1 })[0]!.field,
    ).toBe('systems[0].region');
  });

  it('default to us-central1', () => {
    expect(
      lines(w, { kind: 'gcp-compute', machineType: 'e2-small', count: 1 }).line('vm-instances').trace,
    ).toBeTruthy();
  });

  it('size a shared-core e2-small fleet within its sustained 0.5 vCPU (25% per vCPU) when no count is given', () => {
    const l = lines(
      { ...w, requestsPerMonth: 2_500_000_000 },
      { kind: 'gcp-compute', machineType: 'e2-small' },
      { schema: 3 },
    );
    // 2 vCPU × 25% ÷ 0.2 s = 2.5 req/s per instance: ⌈951.29 / 2.5⌉ = 381.
    expect(l.line('vm-instances').quantity.toString()).toBe(String(381 * 730));
    expect(l.line('vm-instances').trace).toContain(
      'e2-small: 2 vCPU × 25% baseline ÷ 200 ms CPU = 2.5 req/s per instance',
    );
  });
});
