import type { Decimal } from '../../../engine/decimal';
import { linesCostAt } from '../../../engine/bill';
import type { SystemModel } from '../../../engine/context';

/**
 * A system's monthly bill at `requests`, as `estimateSystem` sums it but without writing each
 * line's trace: the sweep prices hundreds of sizes and shows none of their arithmetic.
 */
export function monthlyUsdOf(model: SystemModel, requests: Decimal): Decimal {
  return linesCostAt(model.lines, requests);
}
