import type { FileMeta, Source } from './pricebook';

/**
 * One rate (an instance type's hourly price) that a source shows unchanged since a date before its
 * file's effective date: files dated when their prices were recorded can date each rate on its own.
 */
export type RateSince = { readonly date: string; readonly source: Source; readonly note?: string };

/** A rate as the resolver sees it: its name and the date its own source carries it back to (null: none). */
export type RateDate = { readonly name: string; readonly since: string | null };

/** Whether `meta` serves `pricingDate` by its own dates: on or after its effective date, or its file-wide "unchanged since". */
export function fileCovers(meta: FileMeta, pricingDate: string): boolean {
  return meta.effectiveDate <= pricingDate || (meta.unchangedSinceAtLeast ?? '9999-12-31') <= pricingDate;
}

/**
 * What a reader must know about one rate of `meta` priced as of `pricingDate`: null when the file's own
 * dates cover that date; a note naming the rate's source when the rate's own `since` does; otherwise a
 * note that the rate is the later file's, which no source dates back that far (the book warns for the service).
 */
export function rateAsOfNote(
  pricingDate: string,
  meta: FileMeta,
  rateName: string,
  since: RateSince | undefined,
): string | null {
  if (fileCovers(meta, pricingDate)) return null;
  if (since && since.date <= pricingDate)
    return `${rateName}: ${meta.id} is dated ${meta.effectiveDate}, but this rate is unchanged since at least ${since.date} (${since.source.title}), so it prices ${pricingDate}.`;
  const earliest = since ? `its earliest dated source shows it from ${since.date}` : 'no source dates it earlier';
  return `${rateName}: as of ${pricingDate} priced at ${meta.id}'s rate, dated ${meta.effectiveDate}; ${earliest}.`;
}

/**
 * The "no prices on or before" warning for a file serving an earlier date whose rates are dated one by
 * one: none when every rate's own source covers the date, else the rates that are priced from later data.
 */
export function datedRatesWarning(
  service: string,
  meta: FileMeta,
  pricingDate: string,
  rates: readonly RateDate[],
): string | null {
  const covered = rates.filter((r) => r.since !== null && r.since <= pricingDate).map((r) => r.name);
  if (covered.length === rates.length && rates.length > 0) return null;
  const dated = covered.length > 0 ? `; its rates dated that early by their own sources: ${covered.join(', ')}` : '';
  return `${service}: no prices on or before ${pricingDate}; using the earliest file, ${meta.id}${dated}`;
}
