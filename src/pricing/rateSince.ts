import * as z from 'zod/mini';
import type { FileMeta, RateSince } from '../engine';

/**
 * A rate's own "unchanged since at least": the earliest date a source (cited by id) shows this same
 * rate, for a file dated when its prices were recorded. Written beside the rate it dates.
 */
export const RateSinceSchema = z.strictObject({
  date: z.iso.date(),
  source: z.string().check(z.minLength(1)),
  note: z.optional(z.string()),
});
export type RawRateSince = z.infer<typeof RateSinceSchema>;

/** Resolves a rate's date against its file's sources (as `toPrice` does for prices). */
export function toRateSince(meta: FileMeta, r: RawRateSince, rateName: string): RateSince {
  const source = meta.sources.find((s) => s.id === r.source);
  if (!source) throw new Error(`${meta.id}: ${rateName}'s unchangedSinceAtLeast cites unknown source "${r.source}"`);
  if (r.date >= meta.effectiveDate)
    throw new Error(
      `${meta.id}: ${rateName}'s unchangedSinceAtLeast ${r.date} must precede the file's ${meta.effectiveDate}`,
    );
  return { date: r.date, source, ...(r.note !== undefined ? { note: r.note } : {}) };
}
