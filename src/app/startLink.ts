import { type OpenedLink, openLink } from '../share/openLink';
import { startPricer } from './startPricer';

let opened: { readonly hash: string; readonly link: OpenedLink } | null = null;

/**
 * The page's fragment opened (decoded, validated by the scenario schema, priced) once: the link's
 * first paint and the app that takes it over read the same result — same scenario object, same
 * figures, same notice for a bad link. Another fragment (the address changed meanwhile) is opened anew.
 */
export function openStartLink(hash: string): OpenedLink {
  if (opened?.hash !== hash) opened = { hash, link: openLink(startPricer(), hash) };
  return opened.link;
}
