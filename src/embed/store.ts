import { type StoreApi, createStore } from 'zustand/vanilla';
import type { PricingCatalog } from '../pricing';
import type { InputIssue, Scenario } from '../scenario';
import { type EmbedOptions, type LinkNotice, SCENARIO_PARAM, openLink, parseEmbedOptions } from '../share';

/** An embed's inputs, all read from its fragment. Figures are derived from them, never stored. */
export type EmbedState = {
  readonly scenario: Scenario;
  readonly options: EmbedOptions;
  /** Why the link's scenario did not open (the defaults are shown), or null. */
  readonly notice: LinkNotice | null;
  /** Embed options that were invalid and fell back to their defaults. */
  readonly optionIssues: readonly InputIssue[];
  /** The `s=…` token to link back to the full app with, or null for the defaults. */
  readonly scenarioToken: string | null;
  /** Re-reads a fragment (on hashchange). */
  readonly open: (hash: string) => void;
};

export type EmbedStore = StoreApi<EmbedState>;

/**
 * A store per mounted embed (zustand's vanilla store, not a module singleton), so two embeds in one
 * page — or two tests in one process — never share state.
 */
export function createEmbedStore(catalog: PricingCatalog, hash: string): EmbedStore {
  return createStore<EmbedState>()((set) => {
    const read = (h: string) => {
      const opened = openLink(catalog, h);
      const { options, issues } = parseEmbedOptions(opened.params, opened.scenario);
      return {
        scenario: opened.scenario,
        options,
        notice: opened.notice,
        optionIssues: issues,
        scenarioToken: opened.fromLink ? (opened.params.get(SCENARIO_PARAM) ?? null) : null,
      };
    };
    return { ...read(hash), open: (h) => set(read(h)) };
  });
}
