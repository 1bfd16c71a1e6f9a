import { bundledPricing } from '../pricing/bundled';
import { createPricer, type ScenarioPricer } from '../report/pricer';
import { priceTrustingDefault } from '../report/trustedDefault';

let pricer: ScenarioPricer | null = null;

/**
 * The page's one pricer (of the bundled prices), made on first use: the shared link's first paint
 * (linkPaint.ts) and the app (main.tsx) both price through it, so the app finds the link's pricing
 * already done instead of repeating it.
 */
export function startPricer(): ScenarioPricer {
  return (pricer ??= createPricer(bundledPricing.catalog, priceTrustingDefault));
}
