import type { PricingCatalog } from '../pricing';
import { priceScenario } from '../report';
import type { ChartTheme } from '../share';
import { type EmbedStore, createEmbedStore } from './store';
import { embedView } from './view';

const DARK_QUERY = '(prefers-color-scheme: dark)';
let mounted = 0;

/**
 * Mounts an embed into `root`: its own store (from `hash`), rendered now and on every store change
 * or colour-scheme change (theme "auto"). Each mount has its own store and its own ids, so two
 * embeds on one page never interfere. Returns the store and an unmount function.
 */
export function mountEmbed(root: HTMLElement, catalog: PricingCatalog, hash: string): { store: EmbedStore; unmount: () => void } {
  const store = createEmbedStore(catalog, hash);
  const idPrefix = `sbe${++mounted}`;
  const dark = window.matchMedia(DARK_QUERY);
  let pricedFor: { scenario: unknown; priced: ReturnType<typeof priceScenario> } | null = null;
  const render = () => {
    const state = store.getState();
    // Price once per scenario: an options-only change (e.g. the theme) re-renders without re-pricing.
    if (pricedFor?.scenario !== state.scenario) pricedFor = { scenario: state.scenario, priced: priceScenario(catalog, state.scenario) };
    const theme: ChartTheme = state.options.theme === 'auto' ? (dark.matches ? 'dark' : 'light') : state.options.theme;
    root.ownerDocument.documentElement.dataset.theme = theme;
    root.replaceChildren(embedView({ state, priced: pricedFor.priced, theme, idPrefix }));
  };
  render();
  const unsubscribe = store.subscribe(render);
  dark.addEventListener('change', render);
  return {
    store,
    unmount: () => {
      unsubscribe();
      dark.removeEventListener('change', render);
      root.replaceChildren();
    },
  };
}
