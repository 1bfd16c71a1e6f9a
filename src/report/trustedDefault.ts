import type { PricingCatalog } from '../pricing';
import { DEFAULT_SCENARIO, resolveScenario } from '../scenario';
import { type PricedScenario, priceParsed, priceScenario } from './priceScenario';

/**
 * {@link priceScenario} for a page: the page's own default comparison — this module constant, by
 * identity, never a scenario a user wrote — is priced without the schema parse (`trustedDefault.test.ts`
 * checks that parsing it changes nothing), so the first figure does not wait for the parser's first
 * run. Everything else (links, files, form edits, pastes) is parsed as before.
 */
export function priceTrustingDefault(catalog: PricingCatalog, raw: unknown): PricedScenario {
  if (raw !== DEFAULT_SCENARIO) return priceScenario(catalog, raw);
  return priceParsed(catalog, DEFAULT_SCENARIO, resolveScenario(DEFAULT_SCENARIO));
}
