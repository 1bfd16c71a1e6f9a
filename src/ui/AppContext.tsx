import { type ReactNode, createContext, useContext, useState } from 'react';
import { useStore } from 'zustand';
import type { PricingCatalog } from '../pricing';
import { type AppActions, type AppInputs, type AppState, type AppStore, type Derived, createAppStore, createDeriveSelector } from '../state';

type AppContextValue = {
  readonly store: AppStore;
  readonly catalog: PricingCatalog;
  readonly derive: (inputs: AppInputs) => Derived;
  /** Problems found while loading the bundled pricing files (shown, never thrown). */
  readonly pricingErrors: readonly string[];
};

const AppContext = createContext<AppContextValue | null>(null);

type ProviderProps = {
  readonly catalog: PricingCatalog;
  readonly pricingErrors?: readonly string[];
  readonly initial?: Partial<AppInputs>;
  readonly children: ReactNode;
};

/**
 * Gives one mounted app its own store and derived-result selector (created once per mount), so
 * several apps or embeds on one page never share state.
 */
export function AppProvider({ catalog, pricingErrors = [], initial, children }: ProviderProps) {
  const [value] = useState<AppContextValue>(() => ({
    store: createAppStore(initial),
    catalog,
    derive: createDeriveSelector(catalog),
    pricingErrors,
  }));
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('App components must be rendered inside <AppProvider>');
  return ctx;
}

/** Reads one slice of the inputs; the component re-renders only when that slice changes. */
export function useInputs<T>(selector: (state: AppState) => T): T {
  return useStore(useAppContext().store, selector);
}

/** The store's actions (stable references: they never cause a re-render). */
export function useActions(): AppActions {
  return useAppContext().store.getState();
}

/** The results derived from the current inputs (memoized on the scenario). */
export function useDerived(): Derived {
  const { store, derive } = useAppContext();
  return useStore(store, derive);
}

/** The first issue naming `field` (exactly, or a sub-field of it), for inline display. */
export function useFieldIssue(field: string): string | undefined {
  const { issues } = useDerived();
  return issues.find((i) => i.field === field)?.message;
}

/** The pricing catalog the app prices against, and any load errors. */
export function usePricing(): Pick<AppContextValue, 'catalog' | 'pricingErrors'> {
  const { catalog, pricingErrors } = useAppContext();
  return { catalog, pricingErrors };
}
