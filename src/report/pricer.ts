import type { PricingCatalog } from '../pricing';
import type { Steps } from '../engine';
import { type PricedScenario, priceScenario, priceScenarioSteps } from './priceScenario';

/**
 * Prices a scenario (untrusted JSON, or one already parsed) for one mounted app or embed; `steps`
 * prices it in steps (to run between frames), filing the result where a call would find it.
 */
export type ScenarioPricer = ((raw: unknown) => PricedScenario) & {
  readonly steps: (raw: unknown) => Steps<PricedScenario>;
};

/** The pipeline a pricer runs when it has not seen a scenario: {@link priceScenario}, or a test's counting wrapper of it. */
export type PriceFn = (catalog: PricingCatalog, raw: unknown) => PricedScenario;
/** The same pipeline in steps: {@link priceScenarioSteps} by default. */
export type PriceStepsFn = (catalog: PricingCatalog, raw: unknown) => Steps<PricedScenario>;

/**
 * The one pricing path of a mount: every reader of figures (the link opener, the store's selectors,
 * the embed's view, right-sizing, exports) asks this pricer, and each scenario object is priced once.
 * Keyed by object identity, which is sound because scenarios are immutable (every edit makes a new
 * object). A result is also filed under the scenario it parsed to, since that is the object the
 * store then holds: opening a link and drawing it is one pricing, not two. Held weakly, so a result
 * goes when its scenario does. `priceInSteps` is the same pipeline as `price`, in steps (the page
 * prices edits with it between frames); both file their results in the one cache.
 */
export function createPricer(
  catalog: PricingCatalog,
  price: PriceFn = priceScenario,
  priceInSteps: PriceStepsFn = priceScenarioSteps,
): ScenarioPricer {
  const seen = new WeakMap<object, PricedScenario>();
  const file = (raw: object, priced: PricedScenario) => {
    seen.set(raw, priced);
    if (priced.ok) seen.set(priced.scenario, priced);
    return priced;
  };
  const pricer = (raw: unknown) => {
    if (typeof raw !== 'object' || raw === null) return price(catalog, raw);
    return seen.get(raw) ?? file(raw, price(catalog, raw));
  };
  function* steps(raw: unknown): Steps<PricedScenario> {
    if (typeof raw !== 'object' || raw === null) return yield* priceInSteps(catalog, raw);
    return seen.get(raw) ?? file(raw, yield* priceInSteps(catalog, raw));
  }
  return Object.assign(pricer, { steps });
}
