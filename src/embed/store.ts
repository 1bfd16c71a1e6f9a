import { type StoreApi, createStore } from 'zustand/vanilla';
import type { ScenarioPricer } from '../report';
import type { InputIssue, Scenario } from '../scenario';
import {
  type EmbedOptions,
  type LinkNotice,
  type OpenedLink,
  SCENARIO_PARAM,
  openLink,
  parseEmbedOptions,
  parseFragment,
} from '../share';

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
 * page — or two tests in one process — never share state. Links are opened with the embed's pricer
 * (its view reads the same results); a fragment whose scenario token is unchanged (only its options
 * changed) keeps its scenario, so it is not priced again.
 */
export function createEmbedStore(price: ScenarioPricer, hash: string): EmbedStore {
  let last: { token: string; opened: OpenedLink } | null = null;
  const openOnce = (h: string): OpenedLink => {
    const token = parseFragment(h).get(SCENARIO_PARAM);
    if (token !== undefined && last?.token === token) return { ...last.opened, params: parseFragment(h) };
    const opened = openLink(price, h);
    last = token === undefined ? null : { token, opened };
    return opened;
  };
  return createStore<EmbedState>()((set) => {
    const read = (h: string) => {
      const opened = openOnce(h);
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
