import { type InputIssue, type Scenario, SCENARIO_SCHEMA_VERSION, parseScenario } from '../scenario';
import { deflateSync, inflateSync } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url';
import { LONG_KEYS, LONG_VALUES, SHORT_KEYS, SHORT_VALUES } from './keys';

/** Longest scenario token a link may carry: far above any real scenario, far below a DoS. */
export const MAX_TOKEN_CHARS = 8_000;
/** Deepest nesting a scenario has (scenario → architectures → architecture → components → component → perRequest) plus slack. */
const MAX_DEPTH = 10;
/** The first schema whose links are deflated: architectures made links long (the brief's fan-out is ~2,000 characters raw). */
const FIRST_DEFLATED_SCHEMA = 4;
/** Most JSON a deflated link may expand to: far above any real scenario, far below what would stall a page. */
const MAX_JSON_BYTES = 256 * 1024;

/** A decoded link: the validated, migrated scenario, or every problem (never both, never a throw). */
export type DecodedScenario =
  | { readonly ok: true; readonly scenario: Scenario; readonly version: number }
  | { readonly ok: false; readonly problem: string; readonly issues: readonly InputIssue[] };

/**
 * A scenario as a link token, `v<schema>.<base64url of short-key JSON>` (from schema 4 the JSON is
 * raw-deflated first): the version marker says which schema (and which migrations) the decoder
 * applies; keys and enum values are abbreviated by the append-only tables in keys.ts; absent
 * optional fields stay absent. Synchronous and pure (fflate, not CompressionStream, which is async
 * and missing in some contexts), so it runs the same in Node, a worker and every browser.
 */
export function encodeScenario(scenario: Scenario): string {
  const { schema, ...rest } = scenario;
  return textToken(schema, JSON.stringify(shorten(rest, '')));
}

/** A token for short-key JSON text of a schema version: `v<n>.` and base64url, deflated from schema 4. */
export function textToken(version: number, json: string): string {
  const bytes = new TextEncoder().encode(json);
  return `v${version}.${toBase64Url(version >= FIRST_DEFLATED_SCHEMA ? deflateSync(bytes, { level: 9 }) : bytes)}`;
}

/** The short-key JSON text a well-formed token carries (for tools that edit links, like the e2e fuzzer), or null. */
export function tokenText(token: string): string | null {
  const marker = /^v(\d{1,6})\./.exec(token);
  const packed = marker ? fromBase64Url(token.slice(marker[0].length)) : null;
  if (!marker || !packed) return null;
  const bytes = Number(marker[1]) >= FIRST_DEFLATED_SCHEMA ? inflated(packed) : packed;
  if (!bytes || bytes.length > MAX_JSON_BYTES) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes an untrusted token: checks the version marker, base64url, UTF-8 and JSON, expands the
 * abbreviations, migrates from the token's version and validates with the scenario's zod schema;
 * names carrying markup are refused by the schema. Never throws; numbers in a valid result are finite.
 */
export function decodeScenario(token: string): DecodedScenario {
  try {
    return decode(token);
  } catch (e) {
    // Defence in depth: every step above validates, but a link must never crash the page.
    return fail(`the link could not be read (${e instanceof Error ? e.name : 'error'})`);
  }
}

function decode(token: string): DecodedScenario {
  if (token.length > MAX_TOKEN_CHARS)
    return fail(
      `the link is too long (${token.length.toLocaleString('en-US')} characters; at most ${MAX_TOKEN_CHARS.toLocaleString('en-US')})`,
    );
  const marker = /^v(\d{1,6})\./.exec(token);
  if (!marker) return fail('the link does not start with a version marker like "v1."');
  const version = Number(marker[1]);
  if (version < 1 || version > SCENARIO_SCHEMA_VERSION) {
    return fail(
      `the link has format version ${version}, which this app does not know (it reads versions 1 to ${SCENARIO_SCHEMA_VERSION})`,
    );
  }
  const packed = fromBase64Url(token.slice(marker[0].length));
  if (!packed) return fail('the link is truncated or damaged (its data is not valid base64url)');
  const bytes = version >= FIRST_DEFLATED_SCHEMA ? inflated(packed) : packed;
  if (!bytes) return fail('the link is truncated or damaged (its data does not decompress)');
  if (bytes.length > MAX_JSON_BYTES) return fail('the link is damaged (its data expands to far more than a scenario)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('the link is damaged (its data is not valid text)');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('the link is truncated or damaged (its data is incomplete)');
  }
  if (!isRecord(raw)) return fail('the link does not hold a scenario');
  const expanded = expand(raw, 0);
  if (!expanded.ok) return fail(expanded.problem);
  if ('schema' in expanded.value) return fail('the link is damaged (it gives the schema version twice)');
  const parsed = parseScenario({ schema: version, ...expanded.value });
  if (!parsed.ok) return { ok: false, problem: 'the scenario in the link is invalid', issues: parsed.issues };
  return { ok: true, scenario: parsed.scenario, version };
}

/** Raw deflate undone, or null when the data is not a complete deflate stream. */
function inflated(packed: Uint8Array): Uint8Array | null {
  try {
    return inflateSync(packed);
  } catch {
    return null;
  }
}

function fail(problem: string): DecodedScenario {
  return { ok: false, problem, issues: [] };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shorten(value: unknown, field: string): unknown {
  if (Array.isArray(value)) return value.map((v) => shorten(v, field));
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [SHORT_KEYS[k] ?? k, shorten(v, k)]));
  if (typeof value === 'string') return SHORT_VALUES[field]?.[value] ?? value;
  return value;
}

type Expanded =
  { readonly ok: true; readonly value: Record<string, unknown> } | { readonly ok: false; readonly problem: string };

/** Short keys and values back to field names; Object.fromEntries keeps "__proto__" an own, inert key. */
function expand(obj: Record<string, unknown>, depth: number): Expanded {
  if (depth > MAX_DEPTH) return { ok: false, problem: 'the link is damaged (its data is nested too deeply)' };
  const entries: [string, unknown][] = [];
  const seen = new Set<string>();
  for (const [k, v] of Object.entries(obj)) {
    const long = LONG_KEYS.get(k) ?? k;
    if (seen.has(long)) return { ok: false, problem: `the link is damaged (it gives "${long}" twice)` };
    seen.add(long);
    const value = expandValue(v, long, depth + 1);
    if (!value.ok) return value;
    entries.push([long, value.value]);
  }
  return { ok: true, value: Object.fromEntries(entries) };
}

function expandValue(
  v: unknown,
  field: string,
  depth: number,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string } {
  if (Array.isArray(v)) {
    if (depth > MAX_DEPTH) return { ok: false, problem: 'the link is damaged (its data is nested too deeply)' };
    const out: unknown[] = [];
    for (const item of v) {
      const e = expandValue(item, field, depth + 1);
      if (!e.ok) return e;
      out.push(e.value);
    }
    return { ok: true, value: out };
  }
  if (isRecord(v)) return expand(v, depth);
  if (typeof v === 'string') return { ok: true, value: LONG_VALUES.get(field)?.get(v) ?? v };
  return { ok: true, value: v };
}
