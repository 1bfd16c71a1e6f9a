import { cannotRun, formatUsd } from '../engine';
import type { PricingCatalog } from '../pricing';
import { CANNOT_RUN, cheapestSentence, priceScenario } from '../report';
import { DEFAULT_SCENARIO } from '../scenario';

/** One row of the default comparison as the page must print it. */
export type FigureRow = {
  readonly id: string;
  readonly name: string;
  /** The monthly total as the table prints it in en-US ("$1,234.56"), or the cannot-run mark. */
  readonly monthly: string;
  /** Drawn on the chart (a system the platform cannot run is not). */
  readonly charted: boolean;
};

/** What the default page must show: each total in order, and the cheapest system at every traffic. */
export type DefaultFigures = { readonly rows: readonly FigureRow[]; readonly cheapest: string };

/**
 * The default comparison's figures straight from the engine (not through the app's store or
 * components), in en-US, the page's language: what the prerendered page is checked against.
 */
export function defaultFigures(catalog: PricingCatalog): DefaultFigures {
  const priced = priceScenario(catalog, DEFAULT_SCENARIO);
  if (!priced.ok)
    throw new Error(`the default scenario does not price: ${priced.issues.map((i) => i.message).join('; ')}`);
  const { analysis } = priced;
  const names = new Map(analysis.estimates.map((e) => [e.id, e.name]));
  return {
    rows: analysis.estimates.map((e) => ({
      id: e.id,
      name: e.name,
      monthly: cannotRun(e.limits) ? CANNOT_RUN : formatUsd(e.monthlyUsd, 'en-US'),
      charted: !cannotRun(e.limits),
    })),
    cheapest: cheapestSentence(analysis.cheapest, names),
  };
}
