import type { Scenario } from '../scenario';
import { encodeScenario } from './codec';

/** The fragment parameter that carries the scenario token. */
export const SCENARIO_PARAM = 's';
/**
 * Splits `#s=v1.…&view=chart` into its parameters (values percent-decoded). Never throws: a
 * parameter that is not valid percent-encoding is kept raw and fails its own validation later.
 */
export function parseFragment(hash: string): ReadonlyMap<string, string> {
  // No length cut here: an over-long token is refused by decodeScenario with a message saying so.
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = new Map<string, string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (!params.has(key)) params.set(key, safeDecode(value));
  }
  return params;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `s=v1.…` followed by any extra parameters (embed options), in the given order. */
export function buildFragment(scenario: Scenario, extra: Readonly<Record<string, string>> = {}): string {
  const parts = [`${SCENARIO_PARAM}=${encodeScenario(scenario)}`];
  for (const [k, v] of Object.entries(extra)) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return parts.join('&');
}

/** A page URL (`https://…/index.html`) with the scenario in its fragment; any old fragment is replaced. */
export function shareUrl(pageUrl: string, scenario: Scenario, extra: Readonly<Record<string, string>> = {}): string {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return `${base}#${buildFragment(scenario, extra)}`;
}

/** Pins a scenario to a pricing date (the latest, when sharing) so the link reproduces the same figures forever. */
export function pinPricingDate(scenario: Scenario, latestDate: string): Scenario {
  return scenario.pricingDate !== undefined ? scenario : { ...scenario, pricingDate: latestDate };
}
