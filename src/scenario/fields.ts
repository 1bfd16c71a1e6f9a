import { z } from 'zod/mini';
import '../validation/english';

/**
 * The field kit every kind's scenario schema is built from (src/kinds/<kind>/scenario.ts), so that
 * a number, an id or a name is refused with the same words whatever kind it belongs to.
 */

/** A finite number (JSON's 1e999 parses to Infinity: refuse it by name). */
export const finite = () =>
  z.number({ error: 'must be a number' }).check(z.refine(Number.isFinite, 'must be a finite number'));
export const nonNegative = () => finite().check(z.refine((n) => n >= 0, 'must not be negative'));
export const positive = () => finite().check(z.refine((n) => n > 0, 'must be greater than 0'));
export const integer = () => finite().check(z.refine(Number.isInteger, 'must be a whole number'));
export const hours = () => nonNegative().check(z.refine((n) => n <= 744, 'must be at most 744 hours (a 31-day month)'));

export const Id = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/,
      'must be 1–40 letters, digits, "_", "." or "-", starting with a letter or digit',
    ),
  );
// oxlint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/**
 * What starts an HTML/XML tag, comment or declaration: "<" then a letter, "/", "!" or "?". Names are
 * always rendered escaped, but markup in a shared link is refused (issue #4), so it is refused at the
 * source too; a lone "<" or ">" ("API -> DB", "p95 < 200 ms") is not markup and is accepted.
 */
const MARKUP = /<[A-Za-z/!?]/;
/** The words for a refused name with markup, shared by every place that checks names. */
export const MARKUP_MESSAGE = 'must not contain markup (a "<" followed by a letter, "/", "!" or "?")';
// Control characters (line breaks, tabs, terminal escapes) would split a Markdown row or a CSV cell, or drive a terminal.
export const Name = z.string().check(
  z.maxLength(80, 'must be at most 80 characters'),
  z.refine((s) => !MARKUP.test(s), MARKUP_MESSAGE),
  z.refine((s) => !CONTROL_CHARACTERS.test(s), 'must not contain control characters (line breaks, tabs, escapes)'),
);

/**
 * Requests per second one instance or task serves. Bounded so a fleet stays a count anyone can
 * read: below 0.001 req/s (2,628 requests a month) a fleet of 10^12 requests would need 10^11+ members.
 */
export const rpsPerMember = () =>
  finite().check(z.refine((n) => n >= 0.001 && n <= 1_000_000, 'must be 0.001–1,000,000 requests per second'));

/** A discount on the compute lines of one system (`savings-plan` also stands for committed-use discounts). */
export const DiscountSchema = z.strictObject({
  kind: z.enum(['savings-plan', 'negotiated'], { error: 'must be "savings-plan" or "negotiated"' }),
  percent: finite().check(z.refine((n) => n >= 0 && n < 100, 'must be at least 0 and below 100')),
});

/** The fields every system has, whatever its kind. */
export const systemBaseFields = { id: Id, name: z.optional(Name), discount: z.optional(DiscountSchema) };

export const AzureRegion = z.string().check(z.regex(/^[a-z0-9]+$/, 'must be an Azure region name like eastus'));
export const GcpRegion = z
  .string()
  .check(z.regex(/^[a-z]+-[a-z]+\d+$/, 'must be a Google Cloud region like us-central1'));

/** Copies only the keys whose value is present (exactOptionalPropertyTypes forbids `key: undefined`). */
export function present<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** The base fields of a resolved system: id, and name and discount when given. */
export function resolvedBase(s: {
  id: string;
  name?: string | undefined;
  discount?: { kind: 'savings-plan' | 'negotiated'; percent: number } | undefined;
}) {
  return present({ id: s.id, name: s.name, discount: s.discount });
}
