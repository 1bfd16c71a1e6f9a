import { type Scenario, parseScenario } from '../scenario';
import type { WrittenArchitecture, WrittenComponent } from '../scenario/architecture/schema';
import { MAX_ALTERNATIVES } from '../scenario/schema';
import { freshId } from './systems';

/** Pure edits of a scenario's architectures: each returns a new scenario (or the same one when refused). */

type Architectures = readonly WrittenArchitecture[];

/** The ids of every alternative (systems and architectures share one namespace). */
export function alternativeIds(s: Scenario): string[] {
  return [...s.systems.map((x) => x.id), ...(s.architectures ?? []).map((a) => a.id)];
}

/** How many alternatives the scenario compares. */
export function alternativeCount(s: Scenario): number {
  return s.systems.length + (s.architectures?.length ?? 0);
}

/** `s` with `architectures` replaced; an empty list is dropped (the key is optional). */
export function withArchitectures(s: Scenario, list: Architectures): Scenario {
  const { architectures: _old, ...rest } = s;
  return list.length === 0 ? (rest as Scenario) : { ...rest, architectures: [...list] };
}

/** An id a component may take (lowercase letters, digits, dashes) not used by `taken`. */
export function componentId(base: string, taken: readonly string[]): string {
  const stem = base
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 36);
  return freshId(stem || 'component', taken);
}

/**
 * The scenario a template starts: its workload and its architectures replace the page's systems,
 * architectures and workload (the comparison the template draws); the pricing date, region and
 * free-tier choices stay the user's. Null for a template that does not parse.
 */
export function fromTemplate(s: Scenario, template: unknown): Scenario | null {
  const parsed = parseScenario(template);
  if (!parsed.ok) return null;
  const t = parsed.scenario;
  const next: Scenario = { ...s, workload: t.workload, systems: t.systems };
  if (t.name !== undefined) next.name = t.name;
  return withArchitectures(next, t.architectures ?? []);
}

/** Appends an architecture under an id (and a name) no alternative uses; refused at the limit. */
export function addArchitecture(s: Scenario, a: WrittenArchitecture): Scenario {
  if (alternativeCount(s) >= MAX_ALTERNATIVES) return s;
  const list = s.architectures ?? [];
  const id = componentId(a.id, alternativeIds(s));
  const names = list.map((x) => x.name ?? x.id);
  const base = a.name ?? a.id;
  let name = base;
  for (let n = 2; names.includes(name); n++) name = `${base} ${n}`;
  return withArchitectures(s, [...list, { ...a, id, name }]);
}

/** A copy of architecture `i` right after it, "… (copy)". */
export function duplicateArchitecture(s: Scenario, i: number): Scenario {
  const list = [...(s.architectures ?? [])];
  const a = list[i];
  if (!a || alternativeCount(s) >= MAX_ALTERNATIVES) return s;
  const name = `${a.name ?? a.id} (copy)`.slice(0, 80);
  list.splice(i + 1, 0, { ...a, id: componentId(a.id, alternativeIds(s)), name });
  return withArchitectures(s, list);
}

/** Removes architecture `i`, but never the scenario's last alternative. */
export function removeArchitecture(s: Scenario, i: number): Scenario {
  if (alternativeCount(s) <= 1) return s;
  return withArchitectures(
    s,
    (s.architectures ?? []).filter((_, j) => j !== i),
  );
}

/** Replaces architecture `i` by `f` of it. */
export function updateArchitecture(
  s: Scenario,
  i: number,
  f: (a: WrittenArchitecture) => WrittenArchitecture,
): Scenario {
  const list = s.architectures ?? [];
  if (!list[i]) return s;
  return withArchitectures(
    s,
    list.map((a, j) => (j === i ? f(a) : a)),
  );
}

/** The architecture renamed; an empty name removes it (the id shows instead). */
export function renamed(a: WrittenArchitecture, name: string): WrittenArchitecture {
  const { name: _old, ...rest } = a;
  return name === '' ? rest : { ...rest, name };
}

/**
 * Appends a component under a fresh id; unless it says what triggers it, the last component does
 * (a function after an API, a table after a function), the first one being the entry point.
 */
export function addComponent(a: WrittenArchitecture, c: WrittenComponent): WrittenArchitecture {
  const ids = a.components.map((x) => x.id);
  const last = a.components.at(-1);
  const id = componentId(c.id, ids);
  const names = a.components.map((x) => x.name ?? x.id);
  let name = c.name;
  if (name !== undefined) for (let n = 2; names.includes(name); n++) name = `${c.name} ${n}`;
  const wired = c.triggeredBy === undefined && last ? { triggeredBy: last.id } : {};
  const added: WrittenComponent = { ...c, id, ...(name !== undefined ? { name } : {}), ...wired };
  return { ...a, components: [...a.components, added] };
}

/** Replaces component `j`. */
export function updateComponent(a: WrittenArchitecture, j: number, c: WrittenComponent): WrittenArchitecture {
  return { ...a, components: a.components.map((x, k) => (k === j ? c : x)) };
}

/**
 * Removes component `j` (never the last one): what it triggered is triggered by what triggered it,
 * so a chain API → function → table without the function becomes API → table.
 */
export function removeComponent(a: WrittenArchitecture, j: number): WrittenArchitecture {
  const gone = a.components[j];
  if (!gone || a.components.length <= 1) return a;
  const components = a.components
    .filter((_, k) => k !== j)
    .map((c) => (c.triggeredBy === gone.id ? retriggered(c, gone.triggeredBy) : c));
  return { ...a, components };
}

/** `c` triggered by `by`, or an entry point when `by` is undefined. */
export function retriggered(c: WrittenComponent, by: string | undefined): WrittenComponent {
  const { triggeredBy: _old, ...rest } = c;
  return by === undefined ? (rest as WrittenComponent) : { ...rest, triggeredBy: by };
}
