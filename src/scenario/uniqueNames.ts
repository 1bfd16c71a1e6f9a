/** Something with an id and the name it is shown by (the id when it has no name). */
type Named = { readonly id: string; readonly name?: string };

/**
 * The names alternatives are shown by, made unique: two systems both named "t3.small" would make a
 * sentence read "t3.small costs more than t3.small". A name shared by several alternatives (or equal
 * to another's id, which is shown when it has no name) gets its id in brackets, "t3.small (t3-small-2)";
 * ids are unique, so that settles it, and a counter settles the contrived rest. Names already unique
 * are kept as written. Keyed by id.
 */
export function uniqueNames(alternatives: readonly Named[]): ReadonlyMap<string, string> {
  const shown = alternatives.map((a) => a.name ?? a.id);
  const count = new Map<string, number>();
  for (const name of shown) count.set(name, (count.get(name) ?? 0) + 1);
  const taken = new Set(shown.filter((name) => count.get(name) === 1));
  const out = new Map<string, string>();
  alternatives.forEach((a, i) => {
    const name = shown[i]!;
    if (count.get(name) === 1) {
      out.set(a.id, name);
      return;
    }
    let unique = name === a.id ? name : `${name} (${a.id})`;
    for (let n = 2; taken.has(unique); n++) unique = `${name} (${a.id}) ${n}`;
    taken.add(unique);
    out.set(a.id, unique);
  });
  return out;
}

/** The alternatives with their unique names written in (see {@link uniqueNames}); unchanged ones kept as they are. */
export function withUniqueNames<T extends Named>(alternatives: readonly T[], names: ReadonlyMap<string, string>): T[] {
  return alternatives.map((a) => {
    const name = names.get(a.id)!;
    return name === (a.name ?? a.id) ? a : { ...a, name };
  });
}
