import { ZERO, dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE, type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, billedMs, requireService } from '../../engine/context';
import type { KindLines, KindModel } from '../kindModel';
import { CLOUD_FUNCTIONS_SERVICE, GCP_CLOUD_FUNCTIONS, type GcpCloudFunctionsSystem } from './kind';

/**
 * Cloud Functions (1st gen): $ per invocation, plus compute time in 100 ms steps as GB-seconds of the
 * memory tier and GHz-seconds of the CPU that tier comes with; each after its monthly free units (free tier).
 */
export const gcpCloudFunctionsModel: KindModel<GcpCloudFunctionsSystem> = {
  model: cloudFunctionsLines,
  // Committed-use discounts do not cover Cloud Functions (1st gen): only a negotiated percentage.
  discount: { savingsPlan: false, url: 'https://cloud.google.com/functions/pricing-1stgen' },
};

function cloudFunctionsLines(ctx: ProviderContext, system: GcpCloudFunctionsSystem): KindLines {
  const prices = requireService(ctx, CLOUD_FUNCTIONS_SERVICE, `${ctx.path}.kind`);
  const region = prices.regions[system.region];
  if (!region) {
    throw new EngineError(
      `${ctx.path}.region`,
      `no Cloud Functions (1st gen) prices for region "${system.region}" in ${prices.meta.id}; known: ${Object.keys(prices.regions).join(', ')}`,
    );
  }
  const r = prices.rules;
  const w = ctx.workload;
  const tier = r.tiers.find((t) => t.memoryMb >= w.memoryMb);
  if (!tier) {
    throw new EngineError(
      'workload.memoryMb',
      `Cloud Functions (1st gen) run at most ${formatQuantity(r.tiers[r.tiers.length - 1]!.memoryMb)} MB (${prices.meta.id}); got ${w.memoryMb}`,
    );
  }
  const seconds = billedMs(w.durationMs, r.granularityMs).div(1000);
  const gb = dec(tier.memoryMb).div(1024);
  const free = ctx.options.freeTier;
  const tierText = `${w.memoryMb === tier.memoryMb ? '' : `${w.memoryMb} MB → `}${tier.memoryMb} MB tier`;
  const timeText = `${formatQuantity(seconds)} s (${formatQuantity(w.durationMs)} ms in ${r.granularityMs} ms steps)`;
  const pool = (what: string) => `${GCP_CLOUD_FUNCTIONS}:${what}:${system.region}`;
  const lines: LineModel[] = [
    {
      kind: 'metered',
      key: 'gcf-invocations',
      label: 'Cloud Functions invocations',
      unit: 'invocation',
      quantity: affine(0, 1),
      freeUnits: free ? r.freeInvocations : ZERO,
      tiers: [flatTier(region.invocations)],
      describe: (req) => quantityText(req, 'invocation'),
      pool: pool('invocations'),
    },
    {
      kind: 'metered',
      key: 'gcf-gb-seconds',
      tags: COMPUTE,
      label: 'Cloud Functions memory time',
      unit: 'GB-s',
      quantity: affine(0, gb.times(seconds)),
      freeUnits: free ? r.freeGbSeconds : ZERO,
      tiers: [flatTier(region.gbSecond)],
      describe: (req, q) =>
        `${quantityText(req, 'invocation')} × ${timeText} × ${formatQuantity(gb)} GB (${tierText}) = ${quantityText(q, 'GB-s')}`,
      pool: pool('gb-seconds'),
    },
    {
      kind: 'metered',
      key: 'gcf-ghz-seconds',
      tags: COMPUTE,
      label: 'Cloud Functions CPU time',
      unit: 'GHz-s',
      quantity: affine(0, tier.ghz.times(seconds)),
      freeUnits: free ? r.freeGhzSeconds : ZERO,
      tiers: [flatTier(region.ghzSecond)],
      describe: (req, q) =>
        `${quantityText(req, 'invocation')} × ${timeText} × ${formatQuantity(tier.ghz)} GHz (${tierText}) = ${quantityText(q, 'GHz-s')}`,
      pool: pool('ghz-seconds'),
    },
  ];
  const notes = [`Google Cloud region ${system.region}; Cloud Functions (1st gen).`];
  return { lines, notes, attach: { cloud: 'gcp', region: system.region } };
}
