import type { Decimal } from '../engine';
import type { PricedScenario, ScenarioPricer } from '../report';
import type { InputIssue } from '../scenario';

type Priced = Extract<PricedScenario, { ok: true }>;

/** One system's monthly total at the pinned date and at the latest prices. */
export type SystemChange = {
  readonly id: string;
  readonly name: string;
  readonly pinnedUsd: Decimal;
  readonly latestUsd: Decimal;
  /** Relative change in percent, or null when the pinned total is zero (no meaningful ratio). */
  readonly percent: number | null;
};

/** What switching a pinned scenario to the latest prices would change. */
export type PricesChanged =
  | { readonly kind: 'current' }
  | {
      readonly kind: 'changed';
      readonly latestDate: string;
      readonly systems: readonly SystemChange[];
      readonly anyChange: boolean;
    }
  | { readonly kind: 'unpriceable'; readonly latestDate: string; readonly issues: readonly InputIssue[] };

/**
 * What the latest prices would change for a scenario already priced at its pinned date: `current`
 * when it is unpinned or pinned at (or after) the latest date; otherwise the same scenario is priced
 * once more, at `latestDate`, with the page's pricer, and each system's change is reported ("with
 * prices as of 2026-03-01: −35.7%"). The one place this is computed; the app shows it once.
 */
export function pricesChangedSince(pinned: Priced, price: ScenarioPricer, latestDate: string): PricesChanged {
  const date = pinned.scenario.pricingDate;
  if (date === undefined || date >= latestDate) return { kind: 'current' };
  return comparePrices(pinned, price({ ...pinned.scenario, pricingDate: latestDate }), latestDate);
}

/** Compares two pricings of one scenario, system by system (pure: both are priced already). */
export function comparePrices(pinned: Priced, atLatest: PricedScenario, latestDate: string): PricesChanged {
  if (!atLatest.ok) return { kind: 'unpriceable', latestDate, issues: atLatest.issues };
  // The same scenario at another date: the same systems, in the same order.
  const systems = pinned.analysis.estimates.map((e, i): SystemChange => {
    const latestUsd = atLatest.analysis.estimates[i]!.monthlyUsd;
    const percent = e.monthlyUsd.isZero()
      ? null
      : latestUsd.minus(e.monthlyUsd).div(e.monthlyUsd).times(100).toNumber();
    return { id: e.id, name: e.name, pinnedUsd: e.monthlyUsd, latestUsd, percent };
  });
  return { kind: 'changed', latestDate, systems, anyChange: systems.some((s) => !s.pinnedUsd.eq(s.latestUsd)) };
}

/** "+2.1%", "−0.4%", "±0%" (one decimal; a true zero says so), "n/a" without a ratio. */
export function percentText(percent: number | null): string {
  if (percent === null) return 'n/a';
  const rounded = Math.round(percent * 10) / 10;
  if (rounded === 0) return percent === 0 ? '±0%' : `${percent > 0 ? '+' : '−'}<0.1%`;
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}%`;
}

/** "With prices as of 2026-03-01: Lambda +2.1%, t3.small ±0%." */
export function pricesChangedSentence(c: Extract<PricesChanged, { kind: 'changed' }>): string {
  const parts = c.systems.map((s) => `${s.name} ${percentText(s.percent)}`);
  return `With prices as of ${c.latestDate}: ${parts.join(', ')}.`;
}
