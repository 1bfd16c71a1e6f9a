import { ONE, ZERO, dec } from '../../engine/decimal';
import { COMPUTE, type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine, constant } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, requireBillingModel, requireService } from '../../engine/context';
import type { KindLines, KindModel } from '../kindModel';
import { type CloudflareWorkersSystem, WORKERS_SERVICE } from './kind';

/**
 * Cloudflare Workers Paid (Standard): a $5 subscription including 10 M requests and 30 M CPU-ms,
 * then per million. Billed on CPU time (`workload.cpuMs`), not wall time; static-asset requests free.
 */
export const cloudflareWorkersModel: KindModel<CloudflareWorkersSystem> = {
  model: workersLines,
  // Nothing like a savings plan covers Workers: only a negotiated percentage.
  discount: { savingsPlan: false, url: 'https://developers.cloudflare.com/workers/platform/pricing/' },
};

const TRIGGER_NAMES = { http: 'HTTP request', cron: 'Cron Trigger', queue: 'Queue consumer' } as const;

function workersLines(ctx: ProviderContext, system: CloudflareWorkersSystem): KindLines {
  const prices = requireService(ctx, WORKERS_SERVICE, `${ctx.path}.kind`);
  const optIn = requireBillingModel(ctx, prices.meta, 'standard', `${ctx.path}.kind`);
  const w = ctx.workload;
  // Cloudflare's pricing page: 5 minutes of CPU per invocation, 15 per Cron Trigger or Queue consumer invocation.
  const scheduled = system.trigger !== 'http';
  const maxCpuMs = scheduled ? prices.rules.maxCpuMsPerCronOrQueueInvocation : prices.rules.maxCpuMsPerRequest;
  // Over the CPU limit the platform cannot run it: the limit check (`platformLimits.json`) says so on this
  // system's row, as for Lambda's timeout, so the scenario's other systems still price.
  const workerShare = ONE.minus(dec(system.staticAssetShare));
  const staticText =
    system.staticAssetShare > 0
      ? ` (${formatQuantity(workerShare.times(100), 2)}% of requests; static assets are free)`
      : '';
  const cpuPerRequest = dec(w.cpuMs);
  const lines: LineModel[] = [
    {
      kind: 'metered',
      key: 'workers-subscription',
      label: 'Workers Paid subscription',
      unit: 'month',
      quantity: constant(1),
      freeUnits: ZERO,
      tiers: [flatTier(prices.subscription)],
      describe: () =>
        `1 month (includes ${quantityText(prices.rules.includedRequests, 'request')} and ${formatQuantity(prices.rules.includedCpuMs)} CPU-ms)`,
    },
    {
      kind: 'metered',
      key: 'workers-requests',
      label: 'Workers requests',
      unit: 'request',
      quantity: affine(0, workerShare),
      freeUnits: prices.rules.includedRequests,
      tiers: [flatTier(prices.requests)],
      describe: (r, q) =>
        staticText
          ? `${quantityText(r, 'request')} × ${formatQuantity(workerShare, 4)}${staticText} = ${quantityText(q, 'request')}`
          : quantityText(q, 'request'),
    },
    {
      kind: 'metered',
      key: 'workers-cpu',
      tags: COMPUTE,
      label: 'Workers CPU time',
      unit: 'CPU-ms',
      quantity: affine(0, workerShare.times(cpuPerRequest)),
      freeUnits: prices.rules.includedCpuMs,
      tiers: [flatTier(prices.cpuMs)],
      describe: (r, q) =>
        `${quantityText(r.times(workerShare), 'request')} × ${formatQuantity(cpuPerRequest)} ms CPU (billed on CPU time, not the ${formatQuantity(w.durationMs)} ms wall time) = ${formatQuantity(q)} CPU-ms`,
    },
  ];
  const notes = [
    'Cloudflare Workers prices are global (no region).',
    ...(scheduled
      ? [
          `Invoked by a ${TRIGGER_NAMES[system.trigger]}: the workload's requests are its invocations, each allowed up to ${formatQuantity(maxCpuMs)} ms of CPU (an HTTP request: ${formatQuantity(prices.rules.maxCpuMsPerRequest)} ms).`,
        ]
      : []),
    ...(optIn ? [optIn] : []),
  ];
  return { lines, notes, attach: { cloud: 'cloudflare' } };
}
