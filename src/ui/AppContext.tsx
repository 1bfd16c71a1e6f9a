import { type ReactNode, createContext, startTransition, useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { PricingCatalog } from '../pricing';
import { type ScenarioPricer, createPricer } from '../report/pricer';
import type { InputIssue, Scenario } from '../scenario';
import {
  type AppActions,
  type AppInputs,
  type AppState,
  type AppStore,
  type Derived,
  createAppStore,
  createDeriveSelector,
} from '../state';
import { priceBetweenFrames } from './priceBetweenFrames';

type AppContextValue = {
  readonly store: AppStore;
  readonly catalog: PricingCatalog;
  /** The app's one pricing path: every figure on the page comes from a result of this pricer. */
  readonly price: ScenarioPricer;
  readonly derive: (inputs: Pick<AppInputs, 'scenario'>) => Derived;
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
  return (
    <AppContext.Provider value={value}>
      <DeferredResults>{children}</DeferredResults>
    </AppContext.Provider>
  );
}

/** The results on screen and the scenario they are for (the inputs of a moment ago while an edit is priced). */
type Results = { readonly derived: Derived; readonly scenario: Scenario };

const ResultsContext = createContext<Results | null>(null);
const IssuesContext = createContext<readonly InputIssue[]>([]);

/**
 * Keeps pricing off the input's critical path: an edit repaints its own field at once (the store is
 * updated synchronously); the scenario is then priced a few milliseconds at a time between frames
 * (priceBetweenFrames), and every figure redrawn in a transition, which React interrupts for the next
 * input; a newer edit cancels the pricing of the one before. So neither the pricing nor the redraw
 * holds up an input: a continuous drag shows the figures of its last value once it stops, or as soon
 * as pricing fits between two inputs. `usePending` says when the figures are behind.
 */
function DeferredResults({ children }: { readonly children: ReactNode }) {
  const { store, derive, price } = useAppContext();
  const scenario = useStore(store, (s) => s.scenario);
  // The first figures are priced in the first render: nothing to wait for before the page has painted.
  const [results, setResults] = useState<Results>(() => ({ derived: derive({ scenario }), scenario }));
  useEffect(() => {
    if (results.scenario === scenario) return;
    return priceBetweenFrames(price, scenario, () =>
      startTransition(() => setResults({ derived: derive({ scenario }), scenario })),
    );
  }, [price, derive, scenario, results.scenario]);
  return (
    <ResultsContext.Provider value={results}>
      <IssuesContext.Provider value={results.derived.issues}>{children}</IssuesContext.Provider>
    </ResultsContext.Provider>
  );
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

function useResults(): Results {
  const results = useContext(ResultsContext);
  if (!results) throw new Error('App components must be rendered inside <AppProvider>');
  return results;
}

/** The results derived from the inputs (priced after the input has painted: see DeferredResults). */
export function useDerived(): Derived {
  return useResults().derived;
}

/** The scenario the results on screen are for (what their issues' field paths point into). */
export function useDerivedScenario(): Scenario {
  return useResults().scenario;
}

/**
 * True while the figures on screen are for earlier inputs than the current ones (being priced). Read
 * from the store, not from a context: a context's change is looked for through the whole page, at the
 * input's paint; this re-renders its one reader when it flips.
 */
export function usePending(): boolean {
  const priced = useResults().scenario;
  return useInputs((s) => s.scenario !== priced);
}

/**
 * The first issue naming exactly `field`, for inline display. The issues list keeps its identity while
 * the problems are the same, so a field re-renders when the issues change, not on every priced input.
 */
export function useFieldIssue(field: string): string | undefined {
  return useContext(IssuesContext).find((i) => i.field === field)?.message;
}

/** Whether any issue names a field under `prefix` (e.g. `systems[2].`). */
export function useHasIssueUnder(prefix: string, except?: RegExp): boolean {
  return useContext(IssuesContext).some((i) => i.field.startsWith(prefix) && !(except?.test(i.field) ?? false));
}

/** Subscribes to every change of the inputs without re-rendering (the store's `subscribe`; stable). */
export function useInputChanges(): (listener: () => void) => () => void {
  return useAppContext().store.subscribe;
}

/** The inputs as they are now, read when called (for an event handler: reading them never re-renders). */
export function useInputsNow(): () => AppInputs {
  return useAppContext().store.getState;
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
