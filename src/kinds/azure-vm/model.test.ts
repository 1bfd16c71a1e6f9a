import { describe, expect, it } from 'vitest';
import { issues, lines } from '../../testing/priceOne';

const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };

describe('Azure VM VMs', () => {
  it('bill the machine type of the region for the hours of the month, at the file’s hourly rate', () => {
    const l = lines(w, { kind: 'azure-vm', machineType: 'B1s', count: 2 });
    const line = l.line('vm-instances');
    expect(line.label).toBe('Azure VM B1s instances');
    expect(line.quantity.toString()).toBe('1460');
    expect(l.total.eq(line.rate.usdPerUnit.times(1460))).toBe(true);
    expect(line.grade).toBe('secondary');
  });

  it('name the field of an unknown region or machine type', () => {
    expect(issues(w, { kind: 'azure-vm', machineType: 'nope-1', count: 1 })[0]!.field).toBe('systems[0].machineType');
    expect(issues(w, { kind: 'azure-vm', region: 'nowhere1', machineType: 'B1s', count: 1 })[0]!.field).toBe(
      'systems[0].region',
    );
  });

  it('default to eastus', () => {
    expect(lines(w, { kind: 'azure-vm', machineType: 'B1s', count: 1 }).line('vm-instances').trace).toBeTruthy();
  });

  it('size a B1s fleet within its 10% baseline when no count is given, keeping the minimum', () => {
    const l = lines(
      { ...w, requestsPerMonth: 2_500_000_000, cpuMs: 10 },
      { kind: 'azure-vm', machineType: 'B1s', minInstances: 2 },
      { schema: 3 },
    );
    // 1 vCPU × 10% ÷ 10 ms = 10 req/s per instance: ⌈951.29 / 10⌉ = 96.
    expect(l.line('vm-instances').quantity.toString()).toBe(String(96 * 730));
    expect(l.line('vm-instances').trace).toContain('B1s: 1 vCPU × 10% baseline ÷ 10 ms CPU = 10 req/s per instance');
  });
});
