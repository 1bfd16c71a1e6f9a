import { type Decimal, ONE, dec } from '../../engine/decimal';
import type { LambdaPrices } from './prices';
import { formatQuantity } from '../../engine/money';
import type { ProviderContext } from '../../engine/context';
import { billedMs } from '../../engine/context';

/** Billed seconds per on-demand invocation, averaged over warm and cold starts, and how it was derived. */
export type BilledTime = { readonly seconds: Decimal; readonly text: string };

/** What decides whether INIT is billed besides the date: how the function is packaged and run. */
export type Deployment = { readonly packageType: 'zip' | 'image'; readonly runtime: 'managed' | 'custom' };

/**
 * Average billed seconds of one on-demand invocation. Since 2025-08-01 AWS bills the INIT phase
 * of on-demand ZIP functions on managed runtimes like invoke time ("AWS Lambda standardizes billing
 * for INIT Phase"), so a cold invocation bills INIT + duration, rounded once. Before that INIT was
 * free for them only: container images and custom runtimes were already billed for it. With
 * SnapStart a new environment restores a snapshot instead of running INIT (its REPORT line has no
 * Init Duration), so no INIT is billed per invocation: the restores are priced on their own lines.
 */
export function onDemandBilledTime(
  ctx: ProviderContext,
  prices: LambdaPrices,
  deployment: Deployment,
  snapStart = false,
): BilledTime {
  const w = ctx.workload;
  const g = prices.rules.billingGranularityMs;
  const warm = billedMs(w.durationMs, g);
  const coldShare = dec(w.coldStartRate);
  const alwaysBilled = deployment.packageType === 'image' || deployment.runtime === 'custom';
  if (!(prices.rules.initBilledOnDemand || alwaysBilled) || coldShare.isZero() || w.initDurationMs === 0) {
    return { seconds: warm.div(1000), text: `${formatQuantity(warm)} ms billed` };
  }
  if (snapStart) {
    return { seconds: warm.div(1000), text: `${formatQuantity(warm)} ms billed (SnapStart: restores, no INIT)` };
  }
  const initMs = Math.min(w.initDurationMs, prices.rules.maxInitMs);
  const cold = billedMs(w.durationMs + initMs, g);
  const avg = ONE.minus(coldShare).times(warm).plus(coldShare.times(cold));
  const pct = formatQuantity(coldShare.times(100), 4);
  return {
    seconds: avg.div(1000),
    text: `${formatQuantity(avg, 6)} ms billed on average (${pct}% cold starts bill ${formatQuantity(cold)} ms incl. ${initMs} ms INIT${
      prices.rules.initBilledOnDemand
        ? ''
        : `, billed for ${deployment.packageType === 'image' ? 'a container image' : 'a custom runtime'} before 2025-08-01 too`
    })`,
  };
}

/** Billed seconds of one invocation on provisioned concurrency (pre-initialised: no INIT). */
export function provisionedBilledSeconds(durationMs: number, prices: LambdaPrices): Decimal {
  return billedMs(durationMs, prices.rules.billingGranularityMs).div(1000);
}
