import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine/money';
import { issues, lines, price } from '../../testing/priceOne';

const w = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };
const t3medium = (extra: Record<string, unknown>) =>
  lines(w, { kind: 'aws-ec2', instanceType: 't3.medium', count: 1, publicIpv4: 0, ebsGb: 0, ...extra });

describe('EC2 Reserved Instances (no upfront) as sourced rates', () => {
  // Known answers: Infracost's golden output for a us-east-1 t3.medium, 730 hours (a third party
  // pricing AWS's Price List), against on demand 730 h × $0.0416 = $30.37 in the same output.
  it.each([
    ['on-demand', '30.37'],
    ['ri-standard-1yr', '19.05'],
    ['ri-standard-3yr', '13.14'],
    ['ri-convertible-1yr', '21.90'],
    ['ri-convertible-3yr', '15.04'],
  ])('a t3.medium for a month, %s: $%s', (commitment, usd) => {
    expect(centsString(t3medium({ commitment }).total)).toBe(usd);
  });

  it('defaults to on demand: no commitment prices as before', () => {
    expect(t3medium({}).total.eq(t3medium({ commitment: 'on-demand' }).total)).toBe(true);
  });

  it('bills a reservation for every hour of the month, whatever the running hours', () => {
    const l = t3medium({ commitment: 'ri-standard-1yr', hoursPerMonth: 200 });
    expect(centsString(l.total)).toBe('19.05');
    expect(l.line('ec2-instances').trace).toContain('730 h reserved');
    expect(l.line('ec2-instances').grade).toBe('secondary');
    expect(l.line('ec2-instances').rate.source.id).toBe('ec2-ri-infracost-golden');
  });

  it('reserves every instance of a sized fleet, and says so', () => {
    const res = price({ ...w, requestsPerMonth: 100_000_000, peakToAverage: 2 }, [
      { kind: 'aws-ec2', instanceType: 't3.medium', rpsPerInstance: 10, commitment: 'ri-standard-3yr' },
    ]);
    if (!res.ok) throw new Error(JSON.stringify(res.issues));
    const e = res.analysis.estimates[0]!;
    // 8 instances (peak 76.1 req/s ÷ 10) × $13.14 per 730 hours × 730 hours.
    expect(centsString(e.lines.find((l) => l.key === 'ec2-instances')!.usd)).toBe('105.12');
    expect(e.notes.join(' ')).toContain('for every instance of the fleet');
  });

  it('refuses a reservation with no sourced rate for the type, naming the field', () => {
    const found = issues(w, { kind: 'aws-ec2', instanceType: 'm5.large', count: 1, commitment: 'ri-standard-1yr' });
    expect(found[0]!.field).toBe('systems[0].commitment');
    expect(found[0]!.message).toContain('m5.large');
  });

  it('refuses a Savings Plan percentage on top of reserved hours, but takes a negotiated one', () => {
    const sp = issues(w, {
      kind: 'aws-ec2',
      instanceType: 't3.medium',
      count: 1,
      commitment: 'ri-standard-1yr',
      discount: { kind: 'savings-plan', percent: 10 },
    });
    expect(sp[0]!.field).toBe('systems[0].discount.kind');
    const negotiated = t3medium({ commitment: 'ri-standard-1yr', discount: { kind: 'negotiated', percent: 10 } });
    expect(centsString(negotiated.total)).toBe('17.15'); // $19.05 − 10%, rounded once
  });

  it('names the field of an unknown commitment', () => {
    expect(issues(w, { kind: 'aws-ec2', instanceType: 't3.medium', count: 1, commitment: 'ri-5yr' })[0]!.field).toBe(
      'systems[0].commitment',
    );
  });
});
