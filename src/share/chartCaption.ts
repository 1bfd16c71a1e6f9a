import type { PricedScenario } from '../report';
import { shortCount } from './chart/scales';

/**
 * The SVG/PNG chart's caption: the inputs behind the curves and the price list, so an image pasted
 * into a document says what it shows. One line of at most about 100 characters: the chart (720 px
 * wide by default) does not wrap its caption.
 */
export function chartCaption(priced: Extract<PricedScenario, { ok: true }>): string {
  const w = priced.resolved.workload;
  const { freeTier, apiGatewayFreeTier } = priced.resolved.options;
  const coldPct = Number((w.coldStartRate * 100).toPrecision(3));
  return [
    `${shortCount(w.requestsPerMonth)} req/month`,
    `${w.durationMs.toLocaleString('en-US', { maximumFractionDigits: 1 })} ms`,
    `${w.memoryMb} MB ${w.architecture}`,
    freeTier || apiGatewayFreeTier ? 'free tier on' : 'no free tier',
    coldPct === 0 ? 'no cold starts' : `${coldPct}% cold starts`,
    `prices as of ${priced.book.pricingDate} (${priced.book.region})`,
  ].join(' · ');
}
