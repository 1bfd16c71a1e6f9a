import type { PricedScenario, ScenarioPricer } from '../report';
import type { ChartTheme } from '../share';
import type { EmbedState } from './store';

/** What one render of an embed draws from: its state's scenario priced, and the resolved theme. */
export type EmbedFrame = { readonly priced: PricedScenario; readonly theme: ChartTheme };

/**
 * The figures and theme of one render. Pricing goes through the embed's pricer, which already holds
 * the result for the scenario its store opened: a render never prices again (a theme or colour-scheme
 * change re-renders with the same result). DOM-free, so tests count its pricing in Node.
 */
export function embedFrame(state: EmbedState, price: ScenarioPricer, prefersDark: boolean): EmbedFrame {
  const theme: ChartTheme = state.options.theme === 'auto' ? (prefersDark ? 'dark' : 'light') : state.options.theme;
  return { priced: price(state.scenario), theme };
}
