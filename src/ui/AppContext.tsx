import { type ReactNode, createContext, useContext, useState } from 'react';
import { useStore } from 'zustand';
import type { PricingCatalog } from '../pricing';
import { type ScenarioPricer, createPricer } from '../report';
import {
  type AppActions,
  type AppInputs,
  type AppState,
  type AppStore,
  type Derived,
  createAppStore,
  createDeriveSelector,
} from '../state';

type AppContextValue = {
  readonly store: AppStore;
  readonly catalog: PricingCatalog;
  /** The app's one pricing path: every figure on the page comes from a result of this pricer. */
  readonly price: ScenarioPricer;
  readonly derive: (inputs: AppInputs) => Derived;
  /** Problems found while loading the bundled pricing files (shown, never thrown). */
  readonly pricingErrors: readonly string[];
};

const AppContext = createContext<AppContextValue | null>(null);

type ProviderProps = {
  readonly catalog: PricingCatalog;
  /** The pricer the page opened its link with (so the link is not priced again); a new one by default. */
  readonly price?: ScenarioPricer;
  readonly pricingErrors?: readonly string[];
  readonly initial?: Partial<AppInputs>;
  readonly children: ReactNode;
};

/**
 * Gives one mounted app its own store and derived-result selector (created once per mount), so
 * several apps or embeds on one page never share state.
 */
export function AppProvider({ catalog, price, pricingErrors = [], initial, children }: ProviderProps) {
  const [value] = useState<AppContextValue>(() => {
    const pricer = price ?? createPricer(catalog);
    return {
      store: createAppStore(initial),
      catalog,
      price: pricer,
      derive: createDeriveSelector(pricer),
      pricingErrors,
    };
  });
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

/**
 * The first issue naming exactly `field`, for inline display. Selects a string, so a field
 * re-renders only when its own message changes, not on every priced input.
 */
export function useFieldIssue(field: string): string | undefined {
  const { store, derive } = useAppContext();
  return useStore(store, (s) => derive(s).issues.find((i) => i.field === field)?.message);
}

/** Whether any issue names a field under `prefix` (e.g. `systems[2].`), as a re-render-free boolean. */
export function useHasIssueUnder(prefix: string, except?: RegExp): boolean {
  const { store, derive } = useAppContext();
  return useStore(store, (s) =>
    derive(s).issues.some((i) => i.field.startsWith(prefix) && !(except?.test(i.field) ?? false)),
  );
}

/** The pricing catalog the app prices against, its pricer (for a scenario besides the inputs'), and any load errors. */
export function usePricing(): Pick<AppContextValue, 'catalog' | 'price' | 'pricingErrors'> {
  const { catalog, price, pricingErrors } = useAppContext();
  return { catalog, price, pricingErrors };
}

/** The scenario the page opened with (a link's, or the defaults): what "edited" is measured against. */
export function useStartScenario(): AppInputs['scenario'] {
  return useAppContext().store.getInitialState().scenario;
}
