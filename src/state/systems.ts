import type { ScenarioSystem } from '../scenario';

export type { SystemKind } from '../kinds/models';
export type { SystemOf } from '../kinds/schemas';

/**
 * An id not yet used in `taken`, derived from `base` ("lambda" → "lambda-2"); ids are the
 * scenario's keys for systems, so duplicates would be refused by the schema.
 */
export function freshId(base: string, taken: readonly string[]): string {
  const stem =
    base
      .replace(/[^A-Za-z0-9_.-]/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .slice(0, 32) || 'system';
  if (!taken.includes(stem)) return stem;
  for (let n = 2; ; n++) {
    const id = `${stem}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** A copy of `system` under a new id, named "… (copy)". */
export function duplicateOf(system: ScenarioSystem, taken: readonly string[]): ScenarioSystem {
  const name = `${system.name ?? system.id} (copy)`.slice(0, 80);
  return { ...system, id: freshId(system.id, taken), name };
}

/** `system` with an id and a name that no system in `list` uses ("Lambda" → "Lambda 2", id "lambda-2"). */
export function withFreshIdentity(system: ScenarioSystem, list: readonly ScenarioSystem[]): ScenarioSystem {
  const id = freshId(
    system.id,
    list.map((x) => x.id),
  );
  const names = list.map((x) => x.name ?? x.id);
  const base = system.name ?? system.id;
  let name = base;
  for (let n = 2; names.includes(name); n++) name = `${base} ${n}`;
  return { ...system, id, name };
}
