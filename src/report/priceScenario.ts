import { type Analysis, type PriceBook, type Steps, analyzeSteps, runSteps } from '../engine';
import { systemModel } from '../kinds/models';
import { type PricingCatalog, resolvePriceBook } from '../pricing';
import { type InputIssue, type ResolvedSystems, type Scenario, parseScenario } from '../scenario';

/**
 * A scenario priced end to end, or the issues (input or pricing) that stopped it. It keeps what
 * pricing resolved (the scenario with its defaults filled, the price book as of its date), so a
 * reader that needs them — right-sizing, exports — never rebuilds the pipeline.
 */
export type PricedScenario =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      readonly resolved: ResolvedSystems;
      readonly book: PriceBook;
      readonly analysis: Analysis;
    }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/**
 * The whole pipeline the app, the CLI and the embeds share: untrusted JSON → validated scenario →
 * price book as of its date → bills, curves and breakevens. A mounted app or embed calls it through
 * its {@link createPricer}, so each scenario is priced once.
 */
export function priceScenario(catalog: PricingCatalog, raw: unknown): PricedScenario {
  return runSteps(priceScenarioSteps(catalog, raw));
}

/** {@link priceScenario} in steps (the parse, then the analysis's steps): a page runs them between frames. */
export function* priceScenarioSteps(catalog: PricingCatalog, raw: unknown): Steps<PricedScenario> {
  const parsed = parseScenario(raw);
  if (!parsed.ok) return parsed;
  yield;
  return yield* priceParsedSteps(catalog, parsed.scenario, parsed.resolved);
}

/** Prices an already validated scenario. */
export function priceParsed(catalog: PricingCatalog, scenario: Scenario, resolved: ResolvedSystems): PricedScenario {
  return runSteps(priceParsedSteps(catalog, scenario, resolved));
}

function* priceParsedSteps(
  catalog: PricingCatalog,
  scenario: Scenario,
  resolved: ResolvedSystems,
): Steps<PricedScenario> {
  const book = resolvePriceBook(catalog, { pricingDate: resolved.pricingDate, region: resolved.region });
  const result = yield* analyzeSteps(book, resolved, systemModel);
  if (!result.ok) return { ok: false, issues: result.issues };
  return { ok: true, scenario, resolved, book, analysis: result.analysis };
}
