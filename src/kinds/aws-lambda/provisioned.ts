import { ONE, ZERO, dec, minDec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE, type LineModel, flatTier } from '../../engine/lines';
import type { ProvisionedConcurrency } from './kind';
import { formatQuantity } from '../../engine/money';
import { type Piecewise, constant, scale } from '../../engine/piecewise';
import type { Architecture, Price } from '../../engine/pricebook';
import type { LambdaPrices } from './prices';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, gbFromMb } from '../../engine/context';
import { provisionedBilledSeconds } from './duration';

/** The requests provisioned concurrency serves, as a function of monthly traffic R. */
export type ProvisionedTraffic = {
  readonly requests: Piecewise;
  readonly durationMs: number;
  readonly notes: readonly string[];
};

/**
 * Requests served on PC: a fixed share of traffic (the scenario's `requestsPerMonth` on PC over
 * its total, else the share of the month PC is enabled), capped by what the configured
 * concurrency can serve in its hours; the rest spills over to on-demand.
 */
export function provisionedRequests(
  ctx: ProviderContext,
  pc: ProvisionedConcurrency,
  prices: LambdaPrices,
): ProvisionedTraffic {
  const totalRequests = ctx.workload.requestsPerMonth;
  const durationMs = pc.durationMs ?? ctx.workload.durationMs;
  if (pc.requestsPerMonth !== undefined && pc.requestsPerMonth > totalRequests) {
    throw new EngineError(
      `${ctx.path}.provisionedConcurrency.requestsPerMonth`,
      `requests on provisioned concurrency (${pc.requestsPerMonth}) exceed the workload's ${totalRequests} requests/month`,
    );
  }
  const share =
    pc.requestsPerMonth !== undefined
      ? totalRequests > 0
        ? dec(pc.requestsPerMonth).div(totalRequests)
        : ZERO
      : minDec(ONE, dec(pc.hoursPerMonth).div(730));
  const capacity = dec(pc.concurrency)
    .times(pc.hoursPerMonth)
    .times(3600)
    .div(provisionedBilledSeconds(durationMs, prices));
  const notes: string[] = [];
  if (share.isZero() || capacity.isZero()) return { requests: constant(0), durationMs, notes };
  const saturatesAt = capacity.div(share);
  notes.push(
    `Provisioned concurrency serves ${formatQuantity(share.times(100), 2)}% of requests up to ${quantityText(capacity.floor(), 'request')}/month ` +
      `(${pc.concurrency} × ${pc.hoursPerMonth} h at ${durationMs} ms); above ${formatQuantity(saturatesAt.floor())} requests/month the rest spills over to on-demand.`,
  );
  return {
    requests: [
      { to: saturatesAt, a: ZERO, b: share },
      { to: null, a: capacity, b: ZERO },
    ],
    durationMs,
    notes,
  };
}

/** The PC lines: configured GB × time enabled, and the duration of the requests it serves. */
export function provisionedLines(
  ctx: ProviderContext,
  pc: ProvisionedConcurrency,
  prices: LambdaPrices,
  arch: Architecture,
  traffic: ProvisionedTraffic,
): LineModel[] {
  const pcPrice = required(prices.provisionedConcurrency[arch], ctx, arch, prices);
  const durPrice = required(prices.provisionedDuration[arch], ctx, arch, prices);
  const gb = gbFromMb(ctx.workload.memoryMb);
  // PC is billed for the time it is enabled, rounded up to 5 minutes (AWS Lambda pricing page).
  const roundSeconds = prices.rules.provisionedConcurrencyRoundingMinutes * 60;
  const enabledSeconds = dec(pc.hoursPerMonth).times(3600).div(roundSeconds).ceil().times(roundSeconds);
  const configuredGb = dec(pc.concurrency).times(gb);
  const pcSeconds = provisionedBilledSeconds(traffic.durationMs, prices);
  return [
    {
      kind: 'metered',
      key: 'lambda-pc',
      tags: COMPUTE,
      label: 'Provisioned concurrency',
      unit: 'GB-s',
      quantity: constant(configuredGb.times(enabledSeconds)),
      freeUnits: ZERO,
      tiers: [flatTier(pcPrice)],
      describe: (_r, q) =>
        `${pc.concurrency} × ${formatQuantity(gb)} GB = ${formatQuantity(configuredGb)} GB × ${formatQuantity(enabledSeconds)} s enabled = ${quantityText(q, 'GB-s')}`,
    },
    {
      kind: 'metered',
      key: 'lambda-pc-duration',
      tags: COMPUTE,
      label: 'Lambda duration (on provisioned concurrency)',
      unit: 'GB-s',
      quantity: scale(traffic.requests, pcSeconds.times(gb)),
      freeUnits: ZERO,
      tiers: [flatTier(durPrice)],
      describe: (_r, q) =>
        `${quantityText(q.div(pcSeconds.times(gb)), 'request')} × ${formatQuantity(pcSeconds.times(1000))} ms × ${formatQuantity(gb)} GB = ${quantityText(q, 'GB-s')}`,
    },
  ];
}

function required(p: Price | undefined, ctx: ProviderContext, arch: Architecture, prices: LambdaPrices): Price {
  if (!p)
    throw new EngineError(
      `${ctx.path}.provisionedConcurrency`,
      `no sourced ${arch} provisioned-concurrency price for ${ctx.book.region} in ${prices.meta.id}`,
      'unpriced',
    );
  return p;
}
