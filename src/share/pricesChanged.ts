import type { Decimal } from '../engine';
import { type PricingCatalog, latestDate } from '../pricing';
import { priceScenario } from '../report';
import type { InputIssue, Scenario } from '../scenario';

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
  | { readonly kind: 'changed'; readonly latestDate: string; readonly systems: readonly SystemChange[]; readonly anyChange: boolean }
  | { readonly kind: 'unpriceable'; readonly latestDate: string; readonly issues: readonly InputIssue[] };

/**
 * For a scenario pinned to a pricing date older than the newest file, prices it again at the latest
 * prices and reports each system's change ("with prices as of 2026-03-01: +2.1%"). `current` when
 * the scenario is unpinned, already at the latest date, or cannot be priced at its own date.
 */
export function pricesChangedSince(catalog: PricingCatalog, scenario: Scenario): PricesChanged {
  const latest = latestDate(catalog);
  if (scenario.pricingDate === undefined || scenario.pricingDate >= latest) return { kind: 'current' };
  const pinned = priceScenario(catalog, scenario);
  if (!pinned.ok) return { kind: 'current' };
  const now = priceScenario(catalog, { ...scenario, pricingDate: latest });
  if (!now.ok) return { kind: 'unpriceable', latestDate: latest, issues: now.issues };
  const systems = pinned.analysis.estimates.map((e, i): SystemChange => {
    const latestUsd = now.analysis.estimates[i]!.monthlyUsd;
    const percent = e.monthlyUsd.isZero() ? null : latestUsd.minus(e.monthlyUsd).div(e.monthlyUsd).times(100).toNumber();
    return { id: e.id, name: e.name, pinnedUsd: e.monthlyUsd, latestUsd, percent };
  });
  return { kind: 'changed', latestDate: latest, systems, anyChange: systems.some((s) => !s.pinnedUsd.eq(s.latestUsd)) };
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
