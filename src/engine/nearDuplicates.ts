import { Decimal } from './decimal';

/**
 * One boundary computed two ways (46 × one step, 57 × another, a tier bound solved for R) can differ
 * in the 34th digit; the staircases snap such R to the same step count, so the solver must see one
 * point, not two that would undo each other's jump.
 */
export const SAME_R = new Decimal('1e-9');

/** Sorted R values with near-equal neighbours (closer than SAME_R requests) merged into the first. */
export function withoutNearDuplicates(sorted: readonly Decimal[]): Decimal[] {
  const out: Decimal[] = [];
  for (const r of sorted) if (out.length === 0 || r.minus(out[out.length - 1]!).gt(SAME_R)) out.push(r);
  return out;
}
