import type { PriceBook } from '../engine';

/**
 * "AWS region eu-west-1, prices as of 2025-08-01": the region and date every figure is in, for a header.
 * Its own module (not jsonReport's), so a page that shows only figures — the embed, a shared link's
 * first paint — does not load the JSON report with it.
 */
export function pricedIn(book: PriceBook): string {
  return `AWS region ${book.region}, prices as of ${book.pricingDate}`;
}
