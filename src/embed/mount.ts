import type { PricingCatalog } from '../pricing';
import { type PriceFn, createPricer } from '../report/pricer';
import { embedFrame } from './frame';
import { type EmbedState, type EmbedStore, createEmbedStore } from './store';
import type { diagramFigures } from './diagrams';
import { embedView, shows } from './view';

type DiagramFigures = typeof diagramFigures;

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
  let chartWidthPx = chartWidthFor(root);
  // The diagram renderer loads only for a scenario with architectures shown as diagrams (most embeds draw
  // none): the first render has the chart and table, the diagrams follow when their code is here.
  let diagrams: DiagramFigures | undefined;
  let loadingDiagrams = false;
  const render = () => {
    const state = store.getState();
    const { priced, theme } = embedFrame(state, pricer, dark.matches);
    root.ownerDocument.documentElement.dataset.theme = theme;
    root.replaceChildren(
      embedView({ state, priced, theme, idPrefix, chartWidthPx, ...(diagrams ? { diagrams } : {}) }),
    );
    if (diagrams || loadingDiagrams || !needsDiagrams(state)) return;
    loadingDiagrams = true;
    import('./diagrams').then(
      (m) => {
        diagrams = m.diagramFigures;
        render();
      },
      // Not loadable (offline before the chunk was cached): the chart and table stay, without diagrams.
      () => {},
    );
  };
  render();
  const unsubscribe = store.subscribe(render);
  dark.addEventListener('change', render);
  // The chart is drawn at the frame's width (not scaled down from 720 px, which made its text 5 px
  // in a phone-wide frame): redrawn when that width changes.
  const resized = new ResizeObserver(() => {
    const next = chartWidthFor(root);
    if (next === chartWidthPx) return;
    chartWidthPx = next;
    render();
  });
  resized.observe(root);
  return {
    store,
    unmount: () => {
      unsubscribe();
      resized.disconnect();
      dark.removeEventListener('change', render);
      root.replaceChildren();
    },
  };
}

/** Whether a render would draw architecture diagrams (the scenario has some and the view shows them). */
function needsDiagrams(state: EmbedState): boolean {
  return (state.scenario.architectures?.length ?? 0) > 0 && shows(state.options.view, 'diagram');
}

/** The embed's side padding in CSS pixels (`.sbe-embed` in embed.css: 12 px each side). */
const SIDE_PADDING_PX = 24;

/** The chart's width for a root: its content width, 280–720 px (a root not laid out yet gets the default 720). */
function chartWidthFor(root: HTMLElement): number {
  const width = root.clientWidth - SIDE_PADDING_PX;
  return width > 0 ? Math.max(280, Math.min(720, Math.floor(width))) : 720;
}
