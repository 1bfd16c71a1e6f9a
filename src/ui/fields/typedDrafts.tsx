import { createContext, useContext, useEffect } from 'react';
import { type StoreApi, createStore, useStore } from 'zustand';

/**
 * What the boxes hold that the scenario does not: a field's text that is not a number, or a number out
 * of the range the field shows ("150" in a field in %), by scenario field. It is never committed, so
 * the scenario keeps its last value; the issues list and the results' stale mark read it from here, so
 * they describe what is in the box now, not the value before it.
 */
export type TypedDrafts = { readonly byField: Readonly<Record<string, string>> };

export const TypedDraftsContext = createContext<StoreApi<TypedDrafts> | null>(null);

/** One store per page (the App creates it). */
export function createTypedDrafts(): StoreApi<TypedDrafts> {
  return createStore<TypedDrafts>(() => ({ byField: {} }));
}

const NONE: TypedDrafts = { byField: {} };
const EMPTY_STORE = createTypedDrafts();

/** Reports a field's typed problem (null: none) while the field is on the page. */
export function useReportTypedDraft(field: string | undefined, problem: string | null): void {
  const store = useContext(TypedDraftsContext);
  useEffect(() => {
    if (!store || field === undefined || problem === null) return;
    store.setState((s) => ({ byField: { ...s.byField, [field]: problem } }));
    return () =>
      store.setState((s) => {
        const { [field]: _, ...rest } = s.byField;
        return { byField: rest };
      });
  }, [store, field, problem]);
}

/** Every field whose box holds a problem the scenario does not have. */
export function useTypedDrafts(): Readonly<Record<string, string>> {
  const store = useContext(TypedDraftsContext);
  return useStore(store ?? EMPTY_STORE, (s) => (store ? s.byField : NONE.byField));
}
