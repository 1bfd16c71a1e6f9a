import type { PricingCatalog } from '../pricing';
import { type PriceFn, createPricer } from '../report';
import { embedFrame } from './frame';
import { type EmbedStore, createEmbedStore } from './store';
import { embedView } from './view';

const DARK_QUERY = '(prefers-color-scheme: dark)';
let mounted = 0;

/**
 * Mounts an embed into `root`: its own store (from `hash`) and pricer, rendered now and on every
 * store change or colour-scheme change (theme "auto"). Each mount has its own store, pricer and ids,
 * so two embeds on one page never interfere. Each link is priced once (when the store opens it);
 * renders read that result. `price` is the pipeline behind the pricer (tests pass a counting one).
 * Returns the store and an unmount function.
 */
export function mountEmbed(
  root: HTMLElement,
  catalog: PricingCatalog,
  hash: string,
  price?: PriceFn,
): { store: EmbedStore; unmount: () => void } {
  const pricer = createPricer(catalog, price);
  const store = createEmbedStore(pricer, hash);
  const idPrefix = `sbe${++mounted}`;
  const dark = window.matchMedia(DARK_QUERY);
  const render = () => {
    const state = store.getState();
    const { priced, theme } = embedFrame(state, pricer, dark.matches);
    root.ownerDocument.documentElement.dataset.theme = theme;
    root.replaceChildren(embedView({ state, priced, theme, idPrefix }));
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
