/** Optional keys may be given as undefined: that removes the key (back to its default). */
export type Patch<T> = { [K in keyof T]?: T[K] | undefined };

/**
 * Applies a patch to a system immutably; keys patched to undefined are removed, as
 * exactOptionalPropertyTypes requires and the scenario format expects (absent = default).
 */
export function withPatch<T extends object>(o: T, patch: Patch<T>): T {
  const next: Record<string, unknown> = { ...o, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
  return next as T;
}

/** `o` when `present`, else nothing: patches only the keys the fleet fields changed. */
export function pick<T extends object>(present: boolean, o: T): Partial<T> {
  return present ? o : {};
}

/** What the fleet fields changed, as a patch of a kind whose keys are `count`, `rpsPerInstance`, `minInstances`. */
export function instanceFleetPatch(f: {
  count?: number | undefined;
  rps?: number | undefined;
  min?: number | undefined;
  util?: number | undefined;
}) {
  return {
    ...pick('count' in f, { count: f.count }),
    ...pick('rps' in f, { rpsPerInstance: f.rps }),
    ...pick('min' in f, { minInstances: f.min }),
    ...pick('util' in f, { targetUtilization: f.util }),
  };
}
