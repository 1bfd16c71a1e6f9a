import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, dec } from './decimal';
import { type FleetLine, type MeteredLine, evaluateLine, lineCostAt } from './lines';
import { affine } from './piecewise';
import { scaleRequests } from './scaleRequests';

const price = {
  usdPerUnit: dec('0.0000002'),
  quotedUsd: dec('0.2'),
  quotedPer: dec(1_000_000),
  unit: 'request',
  grade: 'official' as const,
  source: {
    id: 's',
    url: 'https://example.com',
    title: 't',
    dateShown: null,
    retrieved: '2026-12-02',
    grade: 'official' as const,
  },
  fileId: 'f',
};
const metered: MeteredLine = {
  kind: 'metered',
  key: 'req',
  label: 'Requests',
  unit: 'request',
  quantity: affine(0, 1),
  freeUnits: dec(1_000_000),
  tiers: [
    { ...price, upTo: dec(10_000_000), ratePerUnit: price.usdPerUnit },
    { ...price, upTo: null, ratePerUnit: dec('0.0000001') },
  ],
  describe: (r) => `${r.toString()} requests`,
};
const fleet: FleetLine = {
  kind: 'fleet',
  key: 'fleet',
  label: 'Instances',
  unit: 'hour',
  minCount: dec(2),
  requestsPerStep: dec(1_000_000),
  quantityPerMember: dec(730),
  price: { ...price, usdPerUnit: dec('0.0208'), unit: 'hour' },
  describe: (r, m) => `${r.toString()} requests → ${m.toString()} instances`,
};

describe('scaleRequests: a component line in entry requests', () => {
  it('costs at R what the unscaled line costs at n × R, for metered and fleet lines (free allowance and tiers included)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        (r, n) => {
          const R = new Decimal(r);
          const N = new Decimal(n);
          for (const line of [metered, fleet]) {
            const scaled = scaleRequests(line, N);
            expect(
              lineCostAt(scaled as typeof line, R)
                .minus(lineCostAt(line, R.times(N)))
                .abs()
                .lte('1e-20'),
            ).toBe(true);
          }
        },
      ),
    );
  });

  it('traces the component’s own requests', () => {
    const item = evaluateLine(scaleRequests(metered, dec(4)) as MeteredLine, dec(3_000_000));
    expect(item.trace.startsWith('12000000 requests')).toBe(true);
    expect(item.quantity.toString()).toBe('12000000');
    // 12 M − 1 M free: 9 M at $0.20/M + 2 M at $0.10/M = $2.00
    expect(item.usd.toString()).toBe('2');
  });

  it('refuses a negative or infinite count', () => {
    expect(() => scaleRequests(fleet, dec(-1))).toThrow(RangeError);
    expect(() => scaleRequests(metered, new Decimal(Infinity))).toThrow(RangeError);
  });

  it('a component no request reaches bills nothing metered, and a fleet stays at its minimum across the range', () => {
    expect(lineCostAt(scaleRequests(metered, dec(0)) as MeteredLine, dec(1e12)).toString()).toBe('0');
    const idle = scaleRequests(fleet, dec(0)) as FleetLine;
    expect(lineCostAt(idle, dec(1e12)).eq(lineCostAt(fleet, dec(0)))).toBe(true);
  });
});
