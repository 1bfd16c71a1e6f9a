import { Decimal, dec } from './decimal';

/** A step width past every traffic the engine considers (10^12 requests/month). */
const UNREACHED_STEP = new Decimal('1e15');
import type { LineModel } from './lines';
import { affine, compose } from './piecewise';

/**
 * A line of a component that receives `perEntry` of its own requests for each entry request of
 * an architecture, as a function of the entry requests R: a metered quantity q(R) becomes
 * q(perEntry × R), a fleet's requests per added member shrink by `perEntry`, and the trace reads
 * the component's own requests (perEntry × R). Derived lines refer to other lines and are unchanged.
 * Exact: no rounding, so curves and breakevens between architectures stay exact.
 *
 * @param line a line of a system kind's model, in that system's own requests
 * @param perEntry the component's requests per entry request (0: its metered lines bill nothing, a fleet its minimum)
 * @throws RangeError when `perEntry` is negative or not finite
 */
export function scaleRequests(line: LineModel, perEntry: Decimal): LineModel {
  if (!perEntry.isFinite() || perEntry.isNegative())
    throw new RangeError(`requests per entry request must be 0 or more, got ${perEntry.toString()}`);
  const own = (r: Decimal) => r.times(perEntry);
  switch (line.kind) {
    case 'metered':
      return {
        ...line,
        quantity: compose(line.quantity, affine(0, perEntry)),
        describe: (r: Decimal, q: Decimal) => line.describe(own(r), q),
      };
    case 'fleet':
      return {
        ...line,
        // A fleet no traffic reaches stays at its minimum: one step wider than the whole range.
        requestsPerStep: perEntry.isZero() ? UNREACHED_STEP : line.requestsPerStep.div(perEntry),
        describe: (r: Decimal, members: Decimal) => line.describe(own(r), members),
      };
    case 'derived':
      return { ...line, describe: (r: Decimal, base: Decimal, usd: Decimal) => line.describe(own(r), base, usd) };
  }
}

/** {@link scaleRequests} for a plain number (a scenario's `perRequest` count). */
export function scaleRequestsBy(line: LineModel, perEntry: number): LineModel {
  return scaleRequests(line, dec(perEntry));
}
