import { type Decimal, ZERO } from '../decimal';
import type { LineModel } from '../lines';
import { evaluate } from '../piecewise';
import type { SystemModel } from '../providers';
import { unitsAt } from '../staircase';
import { tierShares } from '../tiers';

function lineUsd(line: LineModel, requests: Decimal): Decimal {
  if (line.kind === 'metered') return tierShares(line.tiers, line.freeUnits, evaluate(line.quantity, requests)).reduce((s, t) => s.plus(t.usd), ZERO);
  const members = unitsAt({ usdPerUnit: ZERO, minCount: line.minCount, requestsPerStep: line.requestsPerStep }, requests);
  return members.times(line.quantityPerMember).times(line.price.usdPerUnit);
}

/**
 * A system's monthly bill at `requests`, as `estimateSystem` sums it but without writing each
 * line's trace: the sweep prices hundreds of sizes and shows none of their arithmetic. The same
 * primitives (`evaluate`, `tierShares`, `unitsAt`) as `evaluateLine`; a test checks both agree.
 */
export function monthlyUsdOf(model: SystemModel, requests: Decimal): Decimal {
  return model.lines.reduce((s, l) => s.plus(lineUsd(l, requests)), ZERO);
}
