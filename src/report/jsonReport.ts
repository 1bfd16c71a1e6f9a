import {
  type Analysis,
  type Breakeven,
  type CheapestSegment,
  type LineItem,
  type PriceBook,
  type SystemEstimate,
  cannotRun,
  centsString,
  priceText,
} from '../engine';
import { breakevenSentence } from './breakevenSentence';
import { cheapestSentence } from './cheapestSentence';
import { serverWarnings } from './serverWarnings';
import type { SystemWarning } from './coldstart/systemWarning';

/** The machine-readable estimate (`estimate --format json`): money as decimal strings. */
export type JsonReport = ReturnType<typeof jsonReport>;

/**
 * The estimate as plain JSON. `monthlyUsd` and `usd` are rounded to cents (what a bill shows);
 * the `…Exact` twins carry the engine's full precision for anyone re-adding lines.
 */
export function jsonReport(
  book: PriceBook,
  analysis: Analysis,
  scenarioName?: string,
  warnings: readonly SystemWarning[] = [],
) {
  const names = new Map(analysis.estimates.map((e) => [e.id, e.name]));
  return {
    ...(scenarioName !== undefined ? { scenario: scenarioName } : {}),
    requestsPerMonth: analysis.requestsPerMonth.toString(),
    pricing: pricingJson(book, analysis),
    systems: analysis.estimates.filter((e) => !e.parts).map(systemJson),
    ...(analysis.unpriced.length > 0
      ? {
          unpriced: analysis.unpriced.map(({ id, kind, name, field, message }) => ({ id, kind, name, field, message })),
        }
      : {}),
    ...(analysis.estimates.some((e) => e.parts)
      ? { architectures: analysis.estimates.filter((e) => e.parts).map(architectureJson) }
      : {}),
    cheapest: cheapestJson(analysis.cheapest),
    cheapestSentence: cheapestSentence(analysis.cheapest, names),
    breakevens: analysis.breakevens.map((b) => breakevenJson(b, names)),
    ...(analysis.truncatedPairs.length > 0 ? { truncatedPairs: analysis.truncatedPairs } : {}),
    ...sustainedJson(analysis),
    ...(warnings.length > 0 ? { latencyTargetWarnings: warnings.map(({ id, text }) => ({ id, text })) } : {}),
  };
}

/** Sustained-traffic warnings (past a breakeven with a server), when there are any. */
function sustainedJson(analysis: Analysis) {
  const warnings = serverWarnings(analysis);
  return warnings.length > 0 ? { sustainedTrafficWarnings: warnings } : {};
}

/** The pricing files whose rates appear in the estimate (not every file the book holds). */
export function filesUsed(book: PriceBook, analysis: Analysis): PriceBook['files'] {
  const ids = new Set(analysis.estimates.flatMap((e) => e.lines.map((l) => l.rate.fileId)));
  return book.files.filter((f) => ids.has(f.id));
}

/** The book's warnings about services the estimate uses, not about every file the book holds. */
export function usedWarnings(book: PriceBook, analysis: Analysis): string[] {
  if (!book.warningsByService) return [...book.warnings];
  const used = new Set(filesUsed(book, analysis).map((f) => f.service));
  return Object.entries(book.warningsByService).flatMap(([service, ws]) => (used.has(service) ? ws : []));
}

/** Which files priced the scenario, with their sources: "prices as of …". */
export function pricingJson(book: PriceBook, analysis: Analysis) {
  return {
    pricingDate: book.pricingDate,
    region: book.region,
    files: filesUsed(book, analysis).map((f) => ({
      id: f.id,
      service: f.service,
      effectiveDate: f.effectiveDate,
      title: f.title,
      ...(f.unchangedSinceAtLeast ? { unchangedSinceAtLeast: f.unchangedSinceAtLeast } : {}),
      sources: f.sources.map((s) => ({ url: s.url, title: s.title, dateShown: s.dateShown, grade: s.grade })),
    })),
    warnings: usedWarnings(book, analysis),
  };
}

function systemJson(e: SystemEstimate) {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    monthlyUsd: centsString(e.monthlyUsd),
    monthlyUsdExact: e.monthlyUsd.toString(),
    lines: e.lines.map(lineJson),
    notes: e.notes,
    // false: the platform cannot run the workload (`limits` says why); monthlyUsd is then what it would cost if it could.
    canRun: !cannotRun(e.limits),
    ...(e.limits && e.limits.length > 0 ? { limits: e.limits } : {}),
  };
}

/** An architecture: its whole bill (pooled lines merged) and each component's part of it. */
function architectureJson(e: SystemEstimate) {
  return {
    ...systemJson(e),
    components: (e.parts ?? []).map((p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      monthlyUsd: centsString(p.monthlyUsd),
      monthlyUsdExact: p.monthlyUsd.toString(),
      lines: p.lines.map(lineJson),
    })),
  };
}

function lineJson(l: LineItem) {
  return {
    key: l.key,
    label: l.label,
    // Quantities to 9 decimals: a share like 1/6 of traffic is not exact in decimal, and nobody bills 1e-29 GB-s.
    quantity: l.quantity.toDecimalPlaces(9).toString(),
    unit: l.unit,
    billableQuantity: l.billableQuantity.toDecimalPlaces(9).toString(),
    rate: l.rate.usdPerUnit.toString(),
    rateText: priceText(l.rate),
    usd: centsString(l.usd),
    usdExact: l.usd.toString(),
    trace: l.trace,
    grade: l.grade,
    sources: l.sources.map((s) => s.url),
  };
}

function breakevenJson(b: Breakeven, names: ReadonlyMap<string, string>) {
  const [a, c] = b.between;
  return {
    between: [a, c],
    kind: b.kind,
    requestsPerMonth: b.requestsPerMonth.toString(),
    requestsPerMonthRounded: b.requestsPerMonth.toDecimalPlaces(0).toString(),
    monthlyUsd: { [a]: b.usdA.toString(), [c]: b.usdB.toString() },
    ...(b.kind === 'jump' ? { monthlyUsdAbove: { [a]: b.usdAAbove.toString(), [c]: b.usdBAbove.toString() } } : {}),
    // null: the two cost the same over an interval up to here (from `equalFrom`).
    cheaperBelow: b.cheaperBelow === 'tie' ? null : b.cheaperBelow === 'a' ? a : c,
    ...(b.equalFrom !== null ? { equalFrom: b.equalFrom.toString() } : {}),
    cheaperAbove: b.cheaperAbove === 'a' ? a : c,
    sentence: breakevenSentence(b, names),
  };
}

/**
 * The cheapest system at every traffic, exact like the crossings: segments (from, to] in order,
 * contiguous, null for the open first and last ends; `tiedWith` and `undetermined` only when not empty.
 */
export function cheapestJson(segments: readonly CheapestSegment[]) {
  return segments.map((s) => ({
    id: s.id,
    fromRequestsPerMonth: s.fromRequestsPerMonth?.toString() ?? null,
    toRequestsPerMonth: s.toRequestsPerMonth?.toString() ?? null,
    ...(s.tiedWith.length > 0 ? { tiedWith: s.tiedWith } : {}),
    ...(s.undetermined.length > 0 ? { undetermined: s.undetermined } : {}),
  }));
}
