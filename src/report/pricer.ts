import type { PricingCatalog } from '../pricing';
import { type PricedScenario, priceScenario } from './priceScenario';

/** Prices a scenario (untrusted JSON, or one already parsed) for one mounted app or embed. */
export type ScenarioPricer = (raw: unknown) => PricedScenario;

/** The pipeline a pricer runs when it has not seen a scenario: {@link priceScenario}, or a test's counting wrapper of it. */
export type PriceFn = (catalog: PricingCatalog, raw: unknown) => PricedScenario;

/**
 * The one pricing path of a mount: every reader of figures (the link opener, the store's selectors,
 * the embed's view, right-sizing, exports) asks this pricer, and each scenario object is priced once.
 * Keyed by object identity, which is sound because scenarios are immutable (every edit makes a new
 * object). A result is also filed under the scenario it parsed to, since that is the object the
 * store then holds: opening a link and drawing it is one pricing, not two. Held weakly, so a result
 * goes when its scenario does.
 */
export function createPricer(catalog: PricingCatalog, price: PriceFn = priceScenario): ScenarioPricer {
  const seen = new WeakMap<object, PricedScenario>();
  return (raw) => {
    if (typeof raw !== 'object' || raw === null) return price(catalog, raw);
    const known = seen.get(raw);
    if (known) return known;
    const priced = price(catalog, raw);
    seen.set(raw, priced);
    if (priced.ok) seen.set(priced.scenario, priced);
    return priced;
  };
}
