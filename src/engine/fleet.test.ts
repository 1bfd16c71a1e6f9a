import { describe, expect, it } from 'vitest';
import { dec } from './decimal';
import type { FleetLine } from './lines';
import { evaluateLine } from './lines';
import type { Price } from './pricebook';
import { fleetLine } from './fleet';

const hourly: Price = {
  usdPerUnit: dec('0.0208'),
  quotedUsd: dec('0.0208'),
  quotedPer: dec(1),
  unit: 'hour',
  grade: 'official',
  source: { id: 's', url: 'https://example.org', title: 't', dateShown: null, retrieved: '', grade: 'official' },
  fileId: 'test',
};

function fleet(rpsPerMember: number, peakToAverage = 1): FleetLine {
  const line = fleetLine({
    key: 'ec2-instances',
    label: 'instances',
    unit: 'instance-hour',
    price: hourly,
    quantityPerMember: dec(730),
    perMemberText: '730 h',
    sizing: { fixedCount: undefined, minCount: 1, rpsPerMember, peakToAverage, noun: 'instance' },
  });
  if (line.kind !== 'fleet') throw new Error('expected a traffic-sized fleet');
  return line;
}

/** ⌈requests × peakToAverage / (2,628,000 × rps)⌉ in exact rational arithmetic (BigInt), for rps and peak given as p/q. */
function members(requests: bigint, peak: [bigint, bigint], rps: [bigint, bigint]): bigint {
  const num = requests * peak[0] * rps[1];
  const den = 2_628_000n * peak[1] * rps[0];
  return (num + den - 1n) / den;
}

describe('a fleet sized from traffic counts its members exactly', () => {
  it('at 1e-12 requests/second per instance: 380,517,503,806 instances for 10^6 requests (rounding the step gave 333,333,333,334)', () => {
    const n = evaluateLine(fleet(1e-12), dec(1_000_000)).quantity.div(730);
    expect(n.toString()).toBe(members(1_000_000n, [1n, 1n], [1n, 1_000_000_000_000n]).toString());
    expect(n.toString()).toBe('380517503806');
  });

  it('below 2e-13 requests/second the step is still positive: a finite count, no $Infinity', () => {
    const item = evaluateLine(fleet(1e-15), dec(1_000_000));
    expect(item.usd.isFinite()).toBe(true);
    expect(item.quantity.div(730).toString()).toBe(members(1_000_000n, [1n, 1n], [1n, 10n ** 15n]).toString());
    expect(item.trace).not.toMatch(/Infinity|NaN/);
  });

  it('with a peak-to-average that makes the step non-terminating (0.001 req/s, peak 7) every count matches exact arithmetic', () => {
    const line = fleet(0.001, 7);
    for (const r of [1n, 375n, 376n, 2_628_000n, 999_999_999_999n, 1_000_000_000_000n]) {
      const n = evaluateLine(line, dec(r.toString())).quantity.div(730);
      expect(n.toString(), `at ${r}`).toBe(members(r, [7n, 1n], [1n, 1000n]).toString());
    }
  });
});
