/**
 * The code the first figure does not need, loaded on demand (editors, right-sizing, the architecture
 * editor and diagrams, the chart, share links and exports) — and fetched once the first figure is on
 * screen and the page is idle, so each is ready when asked for, and works offline once the page has
 * loaded. One list: a new lazy boundary adds its import here.
 */
const ON_DEMAND: readonly (() => Promise<unknown>)[] = [
  () => import('../kinds/editors'),
  () => import('./architectures/ArchitecturesSection'),
  () => import('./architectures/ArchitectureDiagram'),
  () => import('./rightsizing/RightsizeSection'),
  () => import('./rightsizing/RightsizeCharts'),
  () => import('./coldstart/ColdStartSection'),
  () => import('./checklist/ChecklistSection'),
  () => import('./share/ShareSection'),
  () => import('./share/LinkSync'),
  () => import('../charts/BreakevenChart'),
  () => import('../share/openLink'),
];

/** `data-prefetched` on <html>: `done` when every on-demand chunk has loaded, `failed` if one could not. */
export const PREFETCHED_ATTRIBUTE = 'prefetched';

/**
 * Loads every on-demand chunk when the browser is next idle (at most `timeoutMs` later), one after
 * another so the fetches never compete with an input's work. Returns the promise of the whole run.
 */
export function prefetchOnDemand(timeoutMs = 2000): Promise<void> {
  return new Promise<void>((resolve) => {
    const run = async () => {
      let failed = false;
      for (const load of ON_DEMAND) {
        try {
          await load();
        } catch {
          // Offline or a stale deployment: the boundary loads (and reports) when it is asked for.
          failed = true;
        }
      }
      document.documentElement.dataset[PREFETCHED_ATTRIBUTE] = failed ? 'failed' : 'done';
      resolve();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void run(), { timeout: timeoutMs });
    else setTimeout(() => void run(), 1);
  });
}
