import { describe, expect, it } from 'vitest';
import { dec } from './decimal';
import { type PolylinePoint, signChanges } from './signChanges';

const pts = (...xs: [number, number | string, true?][]): PolylinePoint[] =>
  xs.map(([r, v, gap]) => ({ r: dec(r), value: dec(v), ...(gap ? { gap } : {}) }));

describe('sign changes of a cost difference', () => {
  it('solves a linear crossing exactly', () => {
    const { changes, zeros } = signChanges(pts([0, -2], [4, 2]));
    expect(changes.map((c) => [c.r.toNumber(), c.kind, c.signBelow, c.signAbove])).toEqual([[2, 'cross', -1, 1]]);
    expect(zeros).toEqual([]);
  });

  it('reads rounding noise of the 34th digit as zero: a tie, not two opposite crossings', () => {
    // The 934,139 case: both free, the difference 0, 6.8e-35 and −1e-33 where it should be 0 throughout.
    const { changes, zeros } = signChanges(pts([0, 0], [10, '6.8e-35'], [10, '-1e-33'], [12, '-1e-33'], [20, -5]));
    expect(changes.map((c) => [c.r.toNumber(), c.kind, c.signBelow, c.signAbove, c.zeroFrom?.toNumber()])).toEqual([
      [12, 'cross', 0, -1, 0],
    ]);
    expect(zeros.map(([a, b]) => [a.toNumber(), b.toNumber()])).toEqual([[0, 12]]);
  });

  it('reports a tie between opposite signs once, where it ends, and one between equal signs not at all', () => {
    const across = signChanges(pts([0, -3], [5, 0], [8, 0], [9, 4]));
    expect(across.changes.map((c) => [c.r.toNumber(), c.signBelow, c.signAbove, c.zeroFrom?.toNumber()])).toEqual([
      [8, 0, 1, 5],
    ]);
    const back = signChanges(pts([0, -3], [5, 0], [8, 0], [9, -4]));
    expect(back.changes).toEqual([]);
    expect(back.zeros.map(([a, b]) => [a.toNumber(), b.toNumber()])).toEqual([[5, 8]]);
  });

  it('calls a change a jump only where the values at one R differ', () => {
    const step = signChanges(pts([0, -3], [5, -1], [5, 2], [9, 4]));
    expect(step.changes.map((c) => [c.r.toNumber(), c.kind])).toEqual([[5, 'jump']]);
    // A tie left by a jump: the change is where the tie ends, and it is a jump there.
    const offTie = signChanges(pts([0, -3], [5, -1], [5, 0], [7, 0], [7, 3]));
    expect(offTie.changes.map((c) => [c.r.toNumber(), c.kind, c.signBelow, c.zeroFrom?.toNumber()])).toEqual([
      [7, 'jump', 0, 5],
    ]);
    // Onto zero by a jump and straight off it again: one change, at the jump.
    const touch = signChanges(pts([0, -3], [5, -1], [5, 0], [9, 4]));
    expect(touch.changes.map((c) => [c.r.toNumber(), c.kind, c.signBelow])).toEqual([[5, 'jump', -1]]);
  });

  it('touching zero at one point is no change', () => {
    expect(signChanges(pts([0, -3], [5, 0], [9, -4])).changes).toEqual([]);
  });

  it('reports no change across a gap, and lists the gap as unknown', () => {
    const res = signChanges(pts([0, -3], [5, -1], [9, 4, true]));
    expect(res.changes).toEqual([]);
    expect(res.unknown.map(([a, b]) => [a.toNumber(), b.toNumber()])).toEqual([[5, 9]]);
    // A tie up to the gap is kept as a tie.
    const tie = signChanges(pts([0, -3], [2, 0], [5, 0], [9, 4, true]));
    expect(tie.zeros.map(([a, b]) => [a.toNumber(), b.toNumber()])).toEqual([[2, 5]]);
    expect(tie.changes).toEqual([]);
  });
});
