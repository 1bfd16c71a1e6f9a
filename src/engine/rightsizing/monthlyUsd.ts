import { type Decimal, ZERO } from '../decimal';
import { lineCostAt } from '../lines';
import type { SystemModel } from '../providers';

/**
 * A system's monthly bill at `requests`, as `estimateSystem` sums it but without writing each
 * line's trace: the sweep prices hundreds of sizes and shows none of their arithmetic.
 */
export function monthlyUsdOf(model: SystemModel, requests: Decimal): Decimal {
  return model.lines.reduce((s, l) => s.plus(lineCostAt(l, requests)), ZERO);
}
