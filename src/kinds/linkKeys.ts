/**
 * A kind's abbreviations in share links. APPEND-ONLY, like src/share/keys.ts: once published, a
 * short key or value means the same field forever, and a key means one field across every kind
 * (`h` is `hoursPerMonth` wherever it appears); the links test holds every published entry.
 */
export type LinkKeys = {
  /** The kind's own short value for `kind` (absent: the kind travels under its full id). */
  readonly kind?: string;
  /** Field name → short key. */
  readonly keys: Readonly<Record<string, string>>;
  /** Field name → (value → short value). */
  readonly values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
};
