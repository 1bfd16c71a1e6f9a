import { readFileSync, readdirSync } from 'node:fs';
import { type Scenario, DEFAULT_SCENARIO, parseScenarioText } from '../src/scenario';
import { encodeScenario, textToken, tokenText } from '../src/share/codec';

/**
 * Hostile share links, made deterministically from real ones: the decoded short-key JSON with one or
 * a few leaves replaced by extreme or wrong values, keys dropped or systems multiplied, and the token
 * itself cut, flipped or re-versioned. Most stay well-formed enough to reach the engine, which is the
 * point: the decoder alone is fuzzed by unit tests, this feeds the whole page.
 */
export function mutatedLinks(count: number, seed = 20261202): string[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const seeds = seedTokens();
  const out = new Set<string>();
  while (out.size < count) {
    const token = pick(seeds);
    const mutate = random() < 0.8 ? mutateJson : mutateText;
    out.add(`#s=${mutate(token, random, pick)}`);
  }
  return [...out];
}

/** Every string a link carries (names, ids…): text the page may rightly show, even "NaN". */
export function stringsIn(link: string): string[] {
  const text = tokenText(link.slice(link.indexOf('=') + 1));
  if (text === null) return [];
  try {
    const found: string[] = [];
    JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === 'string' && value.trim() !== '') found.push(value);
      return value;
    });
    return found;
  } catch {
    return [];
  }
}

/** Tokens of the shipped examples, the default scenario and the architecture templates: every kind the app ships with. */
function seedTokens(): string[] {
  const scenarios: Scenario[] = [DEFAULT_SCENARIO];
  // Node's loader needs an import attribute for JSON, so the templates are read as files here.
  const templates = readdirSync(new URL('../examples/architectures/', import.meta.url)).filter((f) =>
    f.endsWith('.json'),
  );
  const files = ['brief.json', 'clouds.json', ...templates.map((f) => `architectures/${f}`)];
  for (const file of files) {
    const parsed = parseScenarioText(readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(`examples/${file} does not parse`);
    scenarios.push(parsed.scenario);
  }
  return scenarios.map(encodeScenario);
}

/** Values a user, a tool or an attacker might put in a field. */
const EXTREMES: readonly unknown[] = [
  0,
  -0,
  -1,
  1e-300,
  5e-324,
  1e-15,
  1e308,
  -1e308,
  1.7976931348623157e308,
  1e21,
  2 ** 53 + 1,
  0.1 + 0.2,
  999_999_999_999,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '',
  ' ',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  '\u202e\u0000',
  'x'.repeat(5_000),
  true,
  null,
  [],
  {},
  [1, 2, 3],
  { a: { b: { c: 1 } } },
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function mutateJson(token: string, random: () => number, pick: <T>(items: readonly T[]) => T): string {
  const dot = token.indexOf('.');
  const root = JSON.parse(tokenText(token)!) as { [key: string]: Json };
  const edits = 1 + Math.floor(random() * 3);
  for (let i = 0; i < edits; i++) {
    const paths = leafPaths(root);
    const path = pick(paths);
    const action = random();
    if (action < 0.7) setAt(root, path, structuredClone(pick(EXTREMES)) as Json);
    else if (action < 0.85) deleteAt(root, path);
    else multiplySystems(root, 1 + Math.floor(random() * 40));
  }
  const version = random() < 0.9 ? token.slice(0, dot) : pick(['v0', 'v1', 'v3', 'v4', 'v999999', 'v2e3']);
  const n = /^v(\d+)$/.exec(version);
  // A known version gets its own packing (deflated from 4); a malformed one is written raw, as an attacker would.
  return n
    ? textToken(Number(n[1]), JSON.stringify(root))
    : `${version}.${textToken(1, JSON.stringify(root)).slice(3)}`;
}

function mutateText(token: string, random: () => number, pick: <T>(items: readonly T[]) => T): string {
  const at = Math.floor(random() * token.length);
  switch (pick(['cut', 'flip', 'insert', 'repeat'] as const)) {
    case 'cut':
      return token.slice(0, at);
    case 'flip':
      return `${token.slice(0, at)}${pick([...'AZaz09-_+/=%.~!'])}${token.slice(at + 1)}`;
    case 'insert':
      return `${token.slice(0, at)}${pick(['%00', '%E0%A4%A', '&s=v1.e30', '#', '%25', '\u00e9'])}${token.slice(at)}`;
    case 'repeat':
      return token + token.slice(token.indexOf('.') + 1).repeat(1 + Math.floor(random() * 3));
  }
}

type Path = readonly (string | number)[];

function leafPaths(value: Json, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  const inner = entries.flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return inner.length > 0 ? inner : [path];
}

function parentOf(root: Json, path: Path): Record<string | number, Json> | undefined {
  let node: Json = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key] ?? null;
  }
  return node !== null && typeof node === 'object' ? (node as Record<string | number, Json>) : undefined;
}

function setAt(root: Json, path: Path, value: Json): void {
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  if (parent && key !== undefined) parent[key] = value;
}

function deleteAt(root: Json, path: Path): void {
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  if (!parent || key === undefined) return;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete parent[key];
}

/** Many copies of the systems (with fresh ids): the engine's work must stay bounded with dozens of systems. */
function multiplySystems(root: { [key: string]: Json }, times: number): void {
  const key = Array.isArray(root['s']) && root['s'].length > 0 ? 's' : 'architectures';
  const systems = root[key];
  if (!Array.isArray(systems) || systems.length === 0) return;
  const copies: Json[] = [];
  // At most 60 systems: a link that long is already refused for its length, which unit tests cover.
  for (let i = 0; i < times && copies.length < 60; i++) {
    for (const s of systems)
      copies.push(s !== null && typeof s === 'object' && !Array.isArray(s) ? { ...s, I: `x${i}${copies.length}` } : s);
  }
  root[key] = copies;
}

/** A small, fast, seedable PRNG (mulberry32): the same links on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
