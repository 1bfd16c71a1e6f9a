import type { PricedScenario, ScenarioPricer } from '../report';
import { DEFAULT_SCENARIO, type InputIssue, type Scenario } from '../scenario';
import { decodeScenario } from './codec';
import { SCENARIO_PARAM, parseFragment } from './fragment';

/** Why a link did not open: one sentence, plus the field-named issues when the scenario was invalid. */
export type LinkNotice = { readonly problem: string; readonly issues: readonly InputIssue[] };

/** What a page shows for a fragment: the link's scenario, or the defaults and a notice saying why. */
export type OpenedLink = {
  readonly scenario: Scenario;
  /** `scenario` priced, by the pricer the link was opened with: readers take it from there, not price again. */
  readonly priced: PricedScenario;
  readonly notice: LinkNotice | null;
  /** True when the scenario came from the link (not the defaults). */
  readonly fromLink: boolean;
  readonly params: ReadonlyMap<string, string>;
};

/**
 * Opens a page's fragment: decodes, validates and prices the scenario it carries (once, with
 * `price`: pass the page's own pricer, and the store's selectors find the result there). A bad link
 * — truncated, tampered, from an unknown version, or valid but unpriceable — loads the default
 * scenario with a notice; no fragment loads the defaults silently. Never throws.
 */
export function openLink(price: ScenarioPricer, hash: string): OpenedLink {
  const params = parseFragment(hash);
  const token = params.get(SCENARIO_PARAM);
  if (token === undefined) {
    const hasData = params.size > 0 && [...params.keys()].some((k) => !EMBED_ONLY.has(k));
    const notice = hasData ? { problem: 'the link has no scenario (no "s=" part)', issues: [] } : null;
    return defaults(price, notice, params);
  }
  const decoded = decodeScenario(token);
  if (!decoded.ok) return defaults(price, { problem: decoded.problem, issues: decoded.issues }, params);
  const priced = price(decoded.scenario);
  if (!priced.ok)
    return defaults(price, { problem: 'the scenario in the link cannot be priced', issues: priced.issues }, params);
  return { scenario: priced.scenario, priced, notice: null, fromLink: true, params };
}

/** Embed options may stand alone (an embed of the default scenario). */
const EMBED_ONLY = new Set(['view', 'theme', 'height', 'systems']);

function defaults(price: ScenarioPricer, notice: LinkNotice | null, params: ReadonlyMap<string, string>): OpenedLink {
  return { scenario: DEFAULT_SCENARIO, priced: price(DEFAULT_SCENARIO), notice, fromLink: false, params };
}

/** "This link could not be opened: …. Showing the default comparison instead." */
export function noticeText(n: LinkNotice): string {
  return `This link could not be opened: ${n.problem}. Showing the default comparison instead.`;
}
