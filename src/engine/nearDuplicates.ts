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

/**
 * Sorted R values grouped into runs of near-equal neighbours (each closer than SAME_R to the one
 * before): a run is one point to the solver, entered at its first R and left at its last, so two
 * fleets stepping at boundaries a hair apart jump together instead of one jump being lost.
 */
export function nearClusters(sorted: readonly Decimal[]): Decimal[][] {
  const out: Decimal[][] = [];
  for (const r of sorted) {
    const run = out[out.length - 1];
    if (run && r.minus(run[run.length - 1]!).lte(SAME_R)) run.push(r);
    else out.push([r]);
  }
  return out;
}
