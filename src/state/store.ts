import { type StoreApi, createStore } from 'zustand/vanilla';
import type { Scenario, ScenarioSystem, ScenarioWorkload } from '../scenario';
import { type AppInputs, type ChartRange, type CostScale, INITIAL_INPUTS, type RateUnit } from './inputs';
import { duplicateOf, withFreshIdentity } from './systems';

/** The most systems a scenario may list (the schema's limit). */
export const MAX_SYSTEMS = 12;

/** Edits the UI can make; each replaces inputs immutably so memoized selectors see the change. */
export type AppActions = {
  readonly setWorkload: (patch: Partial<ScenarioWorkload>) => void;
  readonly setScenarioField: <K extends 'pricingDate' | 'region' | 'freeTier' | 'apiGatewayFreeTier'>(
    key: K,
    value: Scenario[K],
  ) => void;
  readonly replaceScenario: (scenario: Scenario) => void;
  readonly updateSystem: (index: number, system: ScenarioSystem) => void;
  /** Appends a system; its id is made unique. */
  readonly addSystem: (system: ScenarioSystem) => void;
  readonly duplicateSystem: (index: number) => void;
  readonly removeSystem: (index: number) => void;
  readonly setRequestsUnit: (unit: RateUnit) => void;
  readonly setChartRange: (range: ChartRange) => void;
  readonly setCostScale: (scale: CostScale) => void;
};

export type AppState = AppInputs & AppActions;
export type AppStore = StoreApi<AppState>;

/**
 * A store for one mounted app (the page, or each embed on a page): inputs only, every result is
 * derived by selectors. Created per mount, never a module singleton, so two apps never share state.
 */
export function createAppStore(initial: Partial<AppInputs> = {}): AppStore {
  return createStore<AppState>()((set, get) => {
    const setScenario = (f: (s: Scenario) => Scenario) => set({ scenario: f(get().scenario) });
    const setSystems = (f: (systems: ScenarioSystem[]) => ScenarioSystem[]) =>
      setScenario((s) => ({ ...s, systems: f([...s.systems]) }));
    return {
      ...INITIAL_INPUTS,
      ...initial,
      setWorkload: (patch) => setScenario((s) => ({ ...s, workload: withoutUndefined({ ...s.workload, ...patch }) })),
      setScenarioField: (key, value) =>
        setScenario((s) => {
          const next: Record<string, unknown> = { ...s, [key]: value };
          if (value === undefined) delete next[key];
          return next as Scenario;
        }),
      replaceScenario: (scenario) => set({ scenario }),
      updateSystem: (index, system) => setSystems((list) => list.map((x, i) => (i === index ? system : x))),
      addSystem: (system) =>
        setSystems((list) => (list.length >= MAX_SYSTEMS ? list : [...list, withFreshIdentity(system, list)])),
      duplicateSystem: (index) =>
        setSystems((list) => {
          const source = list[index];
          if (!source || list.length >= MAX_SYSTEMS) return list;
          list.splice(
            index + 1,
            0,
            duplicateOf(
              source,
              list.map((x) => x.id),
            ),
          );
          return list;
        }),
      removeSystem: (index) => setSystems((list) => (list.length <= 1 ? list : list.filter((_, i) => i !== index))),
      setRequestsUnit: (requestsUnit) => set({ requestsUnit }),
      setChartRange: (chartRange) => set({ chartRange }),
      setCostScale: (costScale) => set({ costScale }),
    };
  });
}

/** Drops keys set to undefined (an optional field cleared in the form goes back to its default). */
function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
