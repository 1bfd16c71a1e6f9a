import { z } from 'zod/mini';
// zod/mini has no messages of its own: without English, every refusal of an uploaded file reads "Invalid input".
import '../validation/english';
import {
  type BillingModelStart,
  type FileMeta,
  type Grade,
  type Price,
  type RateDate,
  type ServiceKey,
  type Source,
  type TieredPrice,
  type Decimal,
  dec,
} from '../engine';

/** A non-negative decimal written as a string, so no rate ever passes through a binary float. */
export const DecimalString = z
  .string()
  .check(z.regex(/^\d+(\.\d+)?$/, 'a non-negative decimal string such as "0.0000166667"'));
/**
 * A value as a Decimal, or null where Decimal.js cannot read it. Zod runs a schema's refinements even
 * when its format check failed, so a refinement reads its decimals with this: `dec()` would throw out
 * of the parse on a malformed file instead of letting the field's own message refuse it.
 */
export function readDecimal(s: string): Decimal | null {
  try {
    return dec(s);
  } catch {
    return null;
  }
}
export const IsoDate = z.iso.date();
export const GradeSchema = z.enum(['official', 'secondary', 'derived']);
/** A required text field (an id, a title, a cited source). */
export const NonEmpty = z.string().check(z.minLength(1));
/** A count such as a price's `per` or a metering unit. */
export const PositiveInt = z.number().check(z.int(), z.positive());
/** A size or rate limit that is never 0 (vCPUs, GiB, connections per LCU). */
export const PositiveNumber = z.number().check(z.positive());

export const SourceSchema = z.strictObject({
  id: NonEmpty,
  url: z.url(),
  title: NonEmpty,
  dateShown: z.nullable(IsoDate),
  retrieved: IsoDate,
  grade: GradeSchema,
  note: z.optional(z.string()),
});

/** A price as the source quotes it: `usd` per `per` units (e.g. "0.20" per 1,000,000 requests). */
export const PriceSchema = z.strictObject({
  usd: DecimalString,
  per: PositiveInt,
  unit: NonEmpty,
  source: NonEmpty,
  grade: z.optional(GradeSchema),
  note: z.optional(z.string()),
});
export type RawPrice = z.infer<typeof PriceSchema>;

/** A tier of a price table: the rate applies to cumulative usage up to `upTo` (null: no bound). */
export const TierSchema = z.extend(PriceSchema, { upTo: z.nullable(DecimalString) });
export type RawTier = z.infer<typeof TierSchema>;

/** Tier tables: bounds strictly increasing, the last one unbounded. */
export const TierTableSchema = z.array(TierSchema).check(
  z.minLength(1),
  z.refine((t) => t[t.length - 1]?.upTo === null, 'the last tier must have "upTo": null'),
  z.refine(
    (t) =>
      t.slice(0, -1).every((x, i) => {
        if (x.upTo === null) return false;
        if (i === 0) return true;
        const [bound, before] = [readDecimal(x.upTo), readDecimal(t[i - 1]!.upTo!)];
        // A bound Decimal.js cannot read is refused by its own field's message.
        return !bound || !before || bound.gt(before);
      }),
    'tier bounds must increase',
  ),
);

/**
 * A billing model that began after some date this file may serve ("Workers Standard from 2023-10-31"):
 * pricing it before `since` is refused with its name and start date, never priced silently.
 */
export const BillingModelSchema = z.strictObject({
  /** What the kind checks: an architecture (`arm64`), a plan (`flex`), an API type (`http`)… */
  id: NonEmpty,
  name: NonEmpty,
  since: IsoDate,
  /** An opt-in period: from `since` only for accounts that chose it, from this date for all. */
  allAccountsFrom: z.optional(IsoDate),
  source: NonEmpty,
  note: z.optional(z.string()),
});

/** Every file's header: what service, from when, from which sources. */
export const FileHeaderSchema = {
  schema: z.literal(1),
  service: z.string(),
  effectiveDate: IsoDate,
  title: NonEmpty,
  currency: z.literal('USD'),
  sources: z.array(SourceSchema).check(z.minLength(1)),
  notes: z.array(z.string()),
  /** Billing models of this service with their start dates (absent: none began after a date it serves). */
  billingModels: z.optional(z.array(BillingModelSchema)),
  /**
   * For a file dated when its prices were recorded rather than when they changed: the earliest date a
   * source shows the same prices. Dates from then on resolve to this file without a warning.
   */
  unchangedSinceAtLeast: z.optional(IsoDate),
};

export type RawHeader = {
  service: string;
  effectiveDate: string;
  title: string;
  sources: z.infer<typeof SourceSchema>[];
  notes: string[];
  billingModels?: z.infer<typeof BillingModelSchema>[] | undefined;
  unchangedSinceAtLeast?: string | undefined;
};

/** Turns the header of a validated file into the engine's file identity. */
export function fileMeta(id: string, h: RawHeader): FileMeta {
  const sources = h.sources.map(toSource);
  const models = (h.billingModels ?? []).map(({ source, allAccountsFrom, note, ...m }): BillingModelStart => {
    const cited = sources.find((s) => s.id === source);
    if (!cited) throw new Error(`${id}: billing model "${m.id}" cites unknown source "${source}"`);
    return { ...m, source: cited, ...(allAccountsFrom ? { allAccountsFrom } : {}), ...(note ? { note } : {}) };
  });
  return {
    id,
    service: h.service,
    effectiveDate: h.effectiveDate,
    title: h.title,
    sources,
    notes: h.notes,
    ...(models.length > 0 ? { billingModels: models } : {}),
    ...(h.unchangedSinceAtLeast ? { unchangedSinceAtLeast: h.unchangedSinceAtLeast } : {}),
  };
}

function toSource(s: z.infer<typeof SourceSchema>): Source {
  const { note, ...rest } = s;
  return note === undefined ? rest : { ...rest, note };
}

/** Resolves a quoted price against its file's sources into the engine's Price. */
export function toPrice(meta: FileMeta, p: RawPrice): Price {
  const source = meta.sources.find((s) => s.id === p.source);
  if (!source) throw new Error(`${meta.id}: price cites unknown source "${p.source}"`);
  const grade: Grade = p.grade ?? source.grade;
  const quotedUsd = dec(p.usd);
  const quotedPer = dec(p.per);
  return { usdPerUnit: quotedUsd.div(quotedPer), quotedUsd, quotedPer, unit: p.unit, grade, source, fileId: meta.id };
}

/** A tier table in the engine's form. */
export function toTiers(meta: FileMeta, t: readonly RawTier[]): TieredPrice[] {
  return t.map((x) => {
    const price = toPrice(meta, x);
    return { ...price, upTo: x.upTo === null ? null : dec(x.upTo), ratePerUnit: price.usdPerUnit };
  });
}

/** Maps a record's values (architecture → price, etc.). */
export function mapValues<K extends string, A, B>(r: Partial<Record<K, A>>, f: (a: A) => B): Partial<Record<K, B>> {
  const out: Partial<Record<K, B>> = {};
  for (const [k, v] of Object.entries(r) as [K, A | undefined][]) if (v !== undefined) out[k] = f(v);
  return out;
}

/** How to validate one service's files and read one region's prices out of them (each kind's `pricingFile.ts`). */
export type ServiceFormat = {
  readonly service: string;
  /** What a reader calls the service ("AWS Fargate"), for messages; absent, its id. */
  readonly name?: string;
  readonly schema: z.ZodMiniType<unknown>;
  /** The prices of one region of a validated file, or undefined when the file does not cover it. */
  readonly prices: (meta: FileMeta, file: unknown, region: string) => unknown;
  /** A service whose rates carry their own `unchangedSinceAtLeast` (EC2, VMs): each rate of a region and its date. */
  readonly rateDates?: (file: unknown, region: string) => readonly RateDate[];
};

/** A service's format, typed where it is written and erased for the registry (the schema's output is what `prices` reads). */
export function serviceFormat<P, F>(f: {
  readonly service: ServiceKey<P>;
  readonly name?: string;
  readonly schema: z.ZodMiniType<F>;
  readonly prices: (meta: FileMeta, file: F, region: string) => P | undefined;
  readonly rateDates?: (file: F, region: string) => readonly RateDate[];
}): ServiceFormat {
  return f as unknown as ServiceFormat;
}
