import { type StoreApi, createStore } from 'zustand/vanilla';
import type { Scenario, ScenarioSystem, ScenarioWorkload } from '../scenario';
import type { WrittenArchitecture, WrittenComponent } from '../scenario/architecture/schema';
import * as arch from './architectures';
import { type AppInputs, type ChartRange, type CostScale, INITIAL_INPUTS, type RateUnit } from './inputs';
import { duplicateOf, freshId, withFreshIdentity } from './systems';

/** The most alternatives (systems and architectures together) a scenario may list (the schema's limit). */
export const MAX_SYSTEMS = 12;

/** Edits the UI can make; each replaces inputs immutably so memoized selectors see the change. */
export type AppActions = {
  readonly setWorkload: (patch: Partial<ScenarioWorkload>) => void;
  readonly setScenarioField: <K extends 'pricingDate' | 'region' | 'freeTier' | 'apiGatewayFreeTier' | 'coldStart'>(
    key: K,
    value: Scenario[K],
  ) => void;
  readonly replaceScenario: (scenario: Scenario) => void;
  readonly updateSystem: (index: number, system: ScenarioSystem) => void;
  /** Appends a system; its id is made unique. */
  readonly addSystem: (system: ScenarioSystem) => void;
  readonly duplicateSystem: (index: number) => void;
  readonly removeSystem: (index: number) => void;
  /** Replaces the systems, architectures and workload by a template's (its scenario, as ARCHITECTURE_TEMPLATES holds it). */
  readonly startFromTemplate: (template: unknown) => void;
  /** Appends an architecture; its id and name are made unique. */
  readonly addArchitecture: (architecture: WrittenArchitecture) => void;
  readonly duplicateArchitecture: (index: number) => void;
  readonly renameArchitecture: (index: number, name: string) => void;
  readonly removeArchitecture: (index: number) => void;
  /** Appends a component to architecture `index`, triggered by its last component unless it says otherwise. */
  readonly addComponent: (index: number, component: WrittenComponent) => void;
  readonly updateComponent: (index: number, component: number, next: WrittenComponent) => void;
  /** Removes a component; what it triggered is re-wired to what triggered it. */
  readonly removeComponent: (index: number, component: number) => void;
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
    const full = () => arch.alternativeCount(get().scenario) >= MAX_SYSTEMS;
    const setArchitecture = (i: number, f: (a: WrittenArchitecture) => WrittenArchitecture) =>
      setScenario((s) => arch.updateArchitecture(s, i, f));
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
        setSystems((list) => {
          if (full()) return list;
          const fresh = withFreshIdentity(system, list);
          const id = freshId(fresh.id, arch.alternativeIds(get().scenario));
          return [...list, { ...fresh, id }];
        }),
      duplicateSystem: (index) =>
        setSystems((list) => {
          const source = list[index];
          if (!source || full()) return list;
          list.splice(index + 1, 0, duplicateOf(source, arch.alternativeIds(get().scenario)));
          return list;
        }),
      removeSystem: (index) =>
        setSystems((list) => (isLastAlternative(get().scenario) ? list : list.filter((_, i) => i !== index))),
      startFromTemplate: (t) => setScenario((s) => arch.fromTemplate(s, t) ?? s),
      addArchitecture: (a) => setScenario((s) => arch.addArchitecture(s, a)),
      duplicateArchitecture: (i) => setScenario((s) => arch.duplicateArchitecture(s, i)),
      renameArchitecture: (i, name) => setArchitecture(i, (a) => arch.renamed(a, name)),
      removeArchitecture: (i) => setScenario((s) => arch.removeArchitecture(s, i)),
      addComponent: (i, c) => setArchitecture(i, (a) => arch.addComponent(a, c)),
      updateComponent: (i, j, c) => setArchitecture(i, (a) => arch.updateComponent(a, j, c)),
      removeComponent: (i, j) => setArchitecture(i, (a) => arch.removeComponent(a, j)),
      setRequestsUnit: (requestsUnit) => set({ requestsUnit }),
      setChartRange: (chartRange) => set({ chartRange }),
      setCostScale: (costScale) => set({ costScale }),
    };
  });
}

/** True when the scenario compares only one alternative (which is never removed). */
function isLastAlternative(s: Scenario): boolean {
  return arch.alternativeCount(s) <= 1;
}

/** Drops keys set to undefined (an optional field cleared in the form goes back to its default). */
function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
