import type { PricedScenario } from '../report';
import { buildFragment, shareUrl } from '../share';
import type { Args } from './args';
import { UsageError } from './usage';

/** The `--link-base` given (the app's address), checked, or undefined. */
export function linkBase(args: Args): string | undefined {
  const base = args.options.get('link-base');
  if (base === undefined) return undefined;
  if (base === true || !/^https?:\/\/[^\s#]+$/.test(base))
    throw new UsageError(
      `--link-base must be an http(s) URL without a fragment, e.g. https://example.org/serverless-breakeven/`,
    );
  return base;
}

/**
 * The share link of what was priced (with the what-if flags applied), pinned to its price date so it
 * opens on the same figures: on `--link-base` when given, else the bare fragment (`#s=…`) to put after
 * the app's address.
 */
export function linkBack(args: Args, priced: Extract<PricedScenario, { ok: true }>): string {
  const pinned = { ...priced.scenario, pricingDate: priced.book.pricingDate };
  const base = linkBase(args);
  return base === undefined ? `#${buildFragment(pinned)}` : shareUrl(base, pinned);
}
