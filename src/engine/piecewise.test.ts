import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from './decimal';
import { type Piecewise, affine, evaluate, pointwiseMax } from './piecewise';

const linePiece = fc.record({ a: fc.integer({ min: -1000, max: 1000 }), b: fc.integer({ min: -50, max: 50 }) });
/** A random piecewise-linear function with up to four pieces on [0, ∞). */
const fnArb: fc.Arbitrary<Piecewise> = fc
  .tuple(
    fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 3 }),
    fc.array(linePiece, { minLength: 4, maxLength: 4 }),
  )
  .map(([cuts, lines]) => {
    const ends = [...new Set(cuts)].sort((x, y) => x - y);
    return [
      ...ends.map((to, i) => ({ to: dec(to), a: dec(lines[i]!.a), b: dec(lines[i]!.b) })),
      { to: null, a: dec(lines[3]!.a), b: dec(lines[3]!.b) },
    ];
  });

describe('pointwiseMax', () => {
  it('is the larger of the two functions everywhere (1,000 random pairs)', () => {
    fc.assert(
      fc.property(fnArb, fnArb, fc.double({ min: 0, max: 400, noNaN: true }), (p, q, r) => {
        const x = dec(r);
        const expected = Math.max(evaluate(p, x).toNumber(), evaluate(q, x).toNumber());
        expect(evaluate(pointwiseMax(p, q), x).toNumber()).toBeCloseTo(expected, 9);
      }),
      { numRuns: 1000 },
    );
  });

  it('splits a piece where the two lines cross', () => {
    const m = pointwiseMax(affine(10, 0), affine(0, 1));
    expect(m.map((s) => [s.to?.toString() ?? null, s.a.toString(), s.b.toString()])).toEqual([
      ['10', '10', '0'],
      [null, '0', '1'],
    ]);
  });
});
