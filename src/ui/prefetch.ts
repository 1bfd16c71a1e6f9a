/**
 * The code the first figure does not need, loaded on demand (editors, right-sizing, the architecture
 * editor and diagrams, the chart, share links and exports) — and fetched once the first figure is on
 * screen and the page is idle, so each is ready when asked for, and works offline once the page has
 * loaded. One list: a new lazy boundary adds its import here. Then the scenario parser is warmed.
 */
import { DEFAULT_SCENARIO, parseScenario } from '../scenario';
import { loadColdStarts } from './results/useColdStartWarnings';

const ON_DEMAND: readonly (() => Promise<unknown>)[] = [
  () => import('../kinds/editors'),
  () => import('./architectures/ArchitecturesSection'),
  () => import('./architectures/ArchitectureDiagram'),
  () => import('./rightsizing/RightsizeSection'),
  () => import('./rightsizing/RightsizeCharts'),
  () => import('./coldstart/ColdStartSection'),
  loadColdStarts,
  () => import('./checklist/ChecklistSection'),
  () => import('./share/ShareSection'),
  () => import('./share/LinkSync'),
  () => import('../charts/BreakevenChart'),
  () => import('../share/openLink'),
];

/** `data-prefetched` on <html>: `done` when every on-demand chunk has loaded, `failed` if one could not. */
export const PREFETCHED_ATTRIBUTE = 'prefetched';

/** Resolves when the browser is next idle, or after `timeoutMs` at the latest. */
function idle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 1);
  });
}

/** Resolves once the page's load event has fired (the first figure and its own requests are done). */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/**
 * After the page's load event, loads every on-demand chunk, one per idle period (or `timeoutMs`), so
 * the fetches never compete with the first figure or an input's work; then warms the parser.
 */
export async function prefetchOnDemand(timeoutMs = 2000): Promise<void> {
  await pageLoaded();
  let failed = false;
  for (const load of ON_DEMAND) {
    await idle(timeoutMs);
    try {
      await load();
    } catch {
      // Offline or a stale deployment: the boundary loads (and reports) when it is asked for.
      failed = true;
    }
  }
  await idle(timeoutMs);
  // The default comparison is priced without a parse (report/trustedDefault.ts): the parser's first run,
  // which builds its validators, happens here rather than on the first edit.
  parseScenario({ ...DEFAULT_SCENARIO });
  document.documentElement.dataset[PREFETCHED_ATTRIBUTE] = failed ? 'failed' : 'done';
}
