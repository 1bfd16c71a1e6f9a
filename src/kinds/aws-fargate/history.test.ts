import { describe, expect, it } from 'vitest';
import { dec } from '../../engine/decimal';
import { price } from '../../testing/priceOne';

// Fargate's price cut of 2019-01-07 (pricing/aws/fargate/2017-11-29.json and 2019-01-07.json, their sources):
// us-east-1 Linux/x86 per vCPU-hour $0.0506 → $0.04048, per GB-hour $0.0127 → $0.004445.
const BEFORE = { usdPerVcpuHour: '0.0506', usdPerGbHour: '0.0127' };
const AFTER = { usdPerVcpuHour: '0.04048', usdPerGbHour: '0.004445' };

const workload = { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 };
const task = { kind: 'aws-fargate', vcpu: 1, memoryGb: 2, tasks: 1 };

function priceAt(pricingDate: string, system: Record<string, unknown> = task, region = 'us-east-1') {
  const res = price(workload, [system], { schema: 4, pricingDate, region });
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  return res;
}

/** One always-on 1 vCPU / 2 GB task for a 730-hour month at the given rates. */
function monthAt(rates: typeof BEFORE) {
  return dec(730).times(dec(rates.usdPerVcpuHour).plus(dec(rates.usdPerGbHour).times(2)));
}

describe('Fargate before and after the price cut of 2019-01-07', () => {
  it('prices 2018-12-01 at the launch rates, without a "no prices on or before" warning', () => {
    const res = priceAt('2018-12-01');
    expect(res.book.files.find((f) => f.service === 'aws-fargate')?.id).toBe('aws/fargate/2017-11-29');
    expect(res.book.warnings.filter((w) => w.startsWith('aws-fargate'))).toEqual([]);
    expect(res.analysis.estimates[0]!.monthlyUsd.eq(monthAt(BEFORE))).toBe(true);
  });

  it('switches on 2019-01-07: the day before at the old rates, that day at the new', () => {
    const before = priceAt('2019-01-06').analysis.estimates[0]!.monthlyUsd;
    const on = priceAt('2019-01-07');
    expect(before.eq(monthAt(BEFORE))).toBe(true);
    expect(on.book.files.find((f) => f.service === 'aws-fargate')?.id).toBe('aws/fargate/2019-01-07');
    expect(on.analysis.estimates[0]!.monthlyUsd.eq(monthAt(AFTER))).toBe(true);
  });

  it('the new rates are the ones the 2021-11-23 file carries on: the same task costs the same on 2021-11-23', () => {
    expect(priceAt('2021-11-23').analysis.estimates[0]!.monthlyUsd.eq(monthAt(AFTER))).toBe(true);
  });

  /** The system beside a Lambda priced at every date, so a refusal lands on the system's own row. */
  function besideLambda(pricingDate: string, system: Record<string, unknown>, region = 'us-east-1') {
    const res = price(workload, [{ kind: 'aws-lambda' }, system], { schema: 4, pricingDate, region });
    if (!res.ok) throw new Error(JSON.stringify(res.issues));
    expect(res.analysis.estimates.map((e) => e.id)).toEqual(['s0']);
    return res.analysis.unpriced.map((u) => u.message).join('\n');
  }

  it('leaves a region without sourced rates at those dates unpriced on its own row, naming the file', () => {
    const res = price(workload, [task], { schema: 4, pricingDate: '2018-12-01', region: 'eu-west-1' });
    expect(res.ok ? res.analysis.unpriced : res.issues).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/aws\/fargate\/2017-11-29 prices us-east-1 only/) }),
    ]);
    // The same region prices from the file that sources it.
    expect(priceAt('2021-11-23', task, 'eu-west-1').analysis.estimates).toHaveLength(1);
  });

  it('refuses what did not exist then on its own row: Windows and extra storage by the file, Graviton by its date', () => {
    expect(besideLambda('2020-06-01', { ...task, os: 'windows' })).toMatch(
      /no Windows Fargate prices in aws\/fargate\/2019-01-07/,
    );
    expect(besideLambda('2020-06-01', { ...task, architecture: 'arm64' })).toMatch(/did not exist before 2021-11-23/);
    expect(besideLambda('2018-12-01', { ...task, ephemeralStorageGb: 30 })).toMatch(
      /no ephemeral storage price in aws\/fargate\/2017-11-29/,
    );
  });

  it('still warns before Fargate launched (2017-11-29)', () => {
    expect(priceAt('2017-11-28').book.warnings).toContainEqual(
      expect.stringContaining('aws-fargate: no prices on or before 2017-11-28'),
    );
  });
});
