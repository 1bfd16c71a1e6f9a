import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines, price } from '../../testing/priceOne';

const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };

describe('Amazon EC2', () => {
  it('bills one t3.small for 730 hours: $15.18', () => {
    const l = lines(w, { kind: 'aws-ec2', instanceType: 't3.small', count: 1 });
    expect(l.line('ec2-instances').trace).toContain('730 h');
    expect(centsString(l.total)).toBe('15.18');
  });

  it('sizes the fleet from peak traffic when given requests per second per instance', () => {
    // 100 M requests/month = 38.05 req/s on average; × 2 peak = 76.1; ÷ 10 per instance → 8 instances.
    const l = lines(
      { ...w, requestsPerMonth: 100_000_000, peakToAverage: 2 },
      { kind: 'aws-ec2', instanceType: 't3.small', rpsPerInstance: 10 },
    );
    expect(l.line('ec2-instances').quantity.toString()).toBe(String(8 * 730));
  });

  it('adds an ALB as an add-on charge after the instances', () => {
    expect(lines(w, { kind: 'aws-ec2', instanceType: 't3.small', count: 2, loadBalancer: 'alb' }).keys).toEqual([
      'ec2-instances',
      'alb-hours',
      'alb-lcu',
    ]);
  });

  it('names the field of an unknown instance type', () => {
    expect(issues(w, { kind: 'aws-ec2', instanceType: 'zz9.huge', count: 1 })[0]!.field).toBe(
      'systems[0].instanceType',
    );
  });

  describe('sized from the workload (version 3: neither count nor rpsPerInstance)', () => {
    const v3 = { schema: 3 };
    const at951 = { ...w, requestsPerMonth: 2_500_000_000 };

    it('at 951 req/s of 200 ms CPU a t3.small fleet is 476 instances within its 20% baseline, and says why', () => {
      const l = lines(at951, { kind: 'aws-ec2', instanceType: 't3.small' }, v3);
      expect(l.line('ec2-instances').quantity.toString()).toBe(String(476 * 730));
      expect(l.line('ec2-instances').trace).toContain(
        't3.small: 2 vCPU × 20% baseline ÷ 200 ms CPU = 2 req/s per instance',
      );
      // 476 × ($15.18 instance + $3.65 public IPv4 + $0.64 EBS), to the cent once.
      expect(centsString(l.total)).toBe('9269.62');
    });

    it('a fixed-performance m7i.large runs at the 70% target: 2 vCPU × 70% ÷ 200 ms CPU = 7 req/s per instance', () => {
      const l = lines(at951, { kind: 'aws-ec2', instanceType: 'm7i.large' }, v3);
      // ⌈951.29 / 7⌉ = 136.
      expect(l.line('ec2-instances').quantity.toString()).toBe(String(136 * 730));
      expect(l.line('ec2-instances').trace).toContain('m7i.large: 2 vCPU × 70% ÷ 200 ms CPU = 7 req/s per instance');
    });

    it('takes cpuMs and targetUtilization: 50 ms at 50% on 2 vCPU is 20 req/s per instance', () => {
      const l = lines(
        { ...at951, cpuMs: 50 },
        { kind: 'aws-ec2', instanceType: 'm7i.large', targetUtilization: 0.5 },
        v3,
      );
      expect(l.line('ec2-instances').quantity.toString()).toBe(String(Math.ceil(2_500_000_000 / 2_628_000 / 20) * 730));
    });

    it('keeps the HA minimum when traffic needs fewer', () => {
      const l = lines(w, { kind: 'aws-ec2', instanceType: 't3.small', minInstances: 2 }, v3);
      expect(l.line('ec2-instances').quantity.toString()).toBe(String(2 * 730));
    });

    it('a pinned count or rpsPerInstance keeps its figures, and the trace names the pinned capacity', () => {
      // $15.18 instance + $3.65 public IPv4 + $0.64 for 8 GB gp3: version 3 bills what AWS bills around it.
      expect(centsString(lines(at951, { kind: 'aws-ec2', instanceType: 't3.small', count: 1 }, v3).total)).toBe(
        '19.47',
      );
      const r = lines(at951, { kind: 'aws-ec2', instanceType: 't3.small', rpsPerInstance: 100 }, v3);
      expect(r.line('ec2-instances').quantity.toString()).toBe(String(10 * 730));
      expect(r.line('ec2-instances').trace).toContain('100 req/s per instance as given (rpsPerInstance)');
    });

    it('a version 2 scenario without a count still prices one instance (its link keeps its figures)', () => {
      const l = lines(at951, { kind: 'aws-ec2', instanceType: 't3.small' }, { schema: 2 });
      expect(centsString(l.total)).toBe('15.18');
    });

    it('notes the baseline with its source and the Unlimited surplus rate it avoids', () => {
      const res = price(at951, [{ kind: 'aws-ec2', instanceType: 't3.small' }], v3);
      if (!res.ok) throw new Error(JSON.stringify(res.issues));
      const note = res.analysis.estimates[0]!.notes.join(' ');
      expect(note).toContain('baseline 20% per vCPU');
      expect(note).toContain('$0.0208/hour ÷ (2 vCPU × 20%) = $0.052 per vCPU-hour');
      expect(note).toContain('$0.05/vCPU-hour');
    });

    it('names systems[0].targetUtilization when it is out of bounds', () => {
      const res = price(w, [{ kind: 'aws-ec2', instanceType: 't3.small', targetUtilization: 1.5 }], v3);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.issues.map((i) => i.field)).toEqual(['systems[0].targetUtilization']);
    });
  });
});
