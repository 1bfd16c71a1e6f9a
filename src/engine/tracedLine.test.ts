import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec } from './decimal';
import { evaluateLine, flatTier, type MeteredLine } from './lines';
import { affine } from './piecewise';
import type { Price } from './pricebook';
import { type Staircase, unitsAt, unitsRightOf } from './staircase';
import { TracedLine } from './tracedLine';

const price: Price = {
  fileId: 'test/requests/2025-01-01',
  usdPerUnit: dec('0.0000002'),
  quotedUsd: dec('0.20'),
  quotedPer: dec(1_000_000),
  unit: 'request',
  grade: 'official',
  source: {
    id: 'p',
    url: 'https://example.com',
    title: 'Prices',
    dateShown: null,
    retrieved: '2025-01-01',
    grade: 'official',
  },
};
const requests: MeteredLine = {
  kind: 'metered',
  key: 'requests',
  label: 'Requests',
  unit: 'request',
  quantity: affine(0, 1),
  freeUnits: dec(0),
  tiers: [flatTier(price)],
  describe: (r) => `${r.toString()} requests`,
};

describe('a line whose trace is written on first read', () => {
  it('writes it once, whatever the number of reads, and says the arithmetic', () => {
    let writes = 0;
    const line = new TracedLine({ ...evaluateLine(requests, dec(2_000_000)), tiers: [] }, () => `written ${++writes}`);
    expect(writes).toBe(0);
    expect([line.trace, line.trace]).toEqual(['written 1', 'written 1']);
    expect(evaluateLine(requests, dec(2_000_000)).trace).toBe('2000000 requests × $0.20 per 1M requests = $0.40');
  });

  it('keeps its trace in JSON, in the field order of a line item', () => {
    const json = JSON.parse(JSON.stringify(evaluateLine(requests, dec(2_000_000)))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'key',
      'label',
      'quantity',
      'unit',
      'billableQuantity',
      'rate',
      'tiers',
      'usd',
      'trace',
      'sources',
      'grade',
    ]);
    expect(json['trace']).toBe('2000000 requests × $0.20 per 1M requests = $0.40');
  });
});

describe('step counts recalled for the same R', () => {
  it('are those of a fresh count, for interleaved widths, minimums and R (equal widths as separate objects)', () => {
    const width = fc.integer({ min: 1, max: 10_000_000 }).map((n) => dec(n).div(7));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(width, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 100_000_000 })), {
          minLength: 1,
          maxLength: 40,
        }),
        (cases) => {
          const rs = cases.map(([, , r]) => dec(r));
          for (let pass = 0; pass < 2; pass++) {
            cases.forEach(([w, min], i) => {
              const recalled: Staircase = {
                usdPerUnit: dec(1),
                minCount: dec(min),
                requestsPerStep: dec(w.toString()),
              };
              const r = rs[(i * 7 + pass) % rs.length]!;
              const fresh = dec(r.toString()); // another object: never recalled
              expect(unitsAt(recalled, r).eq(unitsAt(recalled, fresh))).toBe(true);
              expect(unitsRightOf(recalled, r).eq(unitsRightOf(recalled, fresh))).toBe(true);
            });
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
