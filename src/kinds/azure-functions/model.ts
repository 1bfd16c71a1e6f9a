import { ZERO, dec, maxDec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE, type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine } from '../../engine/piecewise';
import type { KindLines, KindModel } from '../kindModel';
import { AZURE_FUNCTIONS_SERVICE, type AzureFunctionsSystem } from './kind';
import type { AzureFunctionsPrices, AzureFunctionsRegion } from './prices';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, billedMs, requireBillingModel, requireService } from '../../engine/context';
import { azureFlexLines, flexConcurrency } from './flex';

/** Azure Functions: the Consumption plan per execution, or Flex Consumption per busy instance. */
export const azureFunctionsModel: KindModel<AzureFunctionsSystem> = {
  model: azureFunctionsLines,
  // Azure's savings plan covers VMs, not Functions: only a negotiated percentage.
  discount: { savingsPlan: false, url: 'https://azure.microsoft.com/pricing/details/functions/' },
};

function azureFunctionsLines(ctx: ProviderContext, system: AzureFunctionsSystem): KindLines {
  const prices = requireService(ctx, AZURE_FUNCTIONS_SERVICE, `${ctx.path}.kind`);
  const region = prices.regions[system.region];
  if (!region) {
    throw new EngineError(
      `${ctx.path}.region`,
      `no Azure Functions prices for region "${system.region}" in ${prices.meta.id}; known: ${Object.keys(prices.regions).join(', ')}`,
      'unpriced',
    );
  }
  const preview = requireBillingModel(ctx, prices.meta, system.plan, `${ctx.path}.plan`);
  const lines =
    system.plan === 'consumption'
      ? consumptionLines(ctx, prices, region, system)
      : azureFlexLines(ctx, prices, region, system);
  const pythonDefault =
    system.plan === 'flex' && system.concurrency === undefined && ctx.options.runtime === 'python'
      ? [
          `Concurrency ${flexConcurrency(ctx, prices, system).concurrency} per instance: Flex Consumption's default HTTP concurrency for Python apps, whatever the instance memory (Microsoft Learn); set concurrency to change it.`,
        ]
      : [];
  const notes = [
    `Azure region ${system.region}; ${system.plan === 'consumption' ? 'Consumption (legacy) plan' : 'Flex Consumption plan'}.`,
    ...pythonDefault,
    ...(preview ? [preview] : []),
  ];
  return { lines, notes, attach: { cloud: 'azure', region: system.region } };
}

/**
 * Consumption: each execution bills its memory rounded up to 128 MB (at least 128 MB) × its time
 * rounded up to 1 ms (at least 100 ms); the free grant covers 1 M executions and 400,000 GB-s.
 */
function consumptionLines(
  ctx: ProviderContext,
  prices: AzureFunctionsPrices,
  region: AzureFunctionsRegion,
  system: AzureFunctionsSystem,
): LineModel[] {
  const r = prices.rules.consumption;
  const p = region.consumption;
  if (!p)
    throw new EngineError(`${ctx.path}.plan`, `no Consumption plan prices for ${system.region} in ${prices.meta.id}`);
  const w = ctx.workload;
  if (w.memoryMb > r.maxMemoryMb) {
    throw new EngineError(
      'workload.memoryMb',
      `Azure Functions Consumption runs at most ${formatQuantity(r.maxMemoryMb)} MB (${prices.meta.id}); got ${w.memoryMb}`,
    );
  }
  const memMb = Math.max(r.minMemoryMb, Math.ceil(w.memoryMb / r.memoryStepMb) * r.memoryStepMb);
  const gb = dec(memMb).div(1024);
  const ms = maxDec(billedMs(w.durationMs, r.granularityMs), dec(r.minDurationMs));
  const gbsPerExecution = gb.times(ms).div(1000);
  const free = ctx.options.freeTier;
  return [
    {
      kind: 'metered',
      key: 'azure-executions',
      label: 'Azure Functions executions',
      unit: 'execution',
      quantity: affine(0, 1),
      freeUnits: free ? r.freeExecutions : ZERO,
      tiers: [flatTier(p.executions)],
      describe: (req) => quantityText(req, 'execution'),
    },
    {
      kind: 'metered',
      key: 'azure-gbs',
      tags: COMPUTE,
      label: 'Azure Functions execution time',
      unit: 'GB-s',
      quantity: affine(0, gbsPerExecution),
      freeUnits: free ? r.freeGbSeconds : ZERO,
      tiers: [flatTier(p.gbSecond)],
      describe: (req, q) =>
        `${quantityText(req, 'execution')} × ${formatQuantity(ms)} ms billed (${formatQuantity(w.durationMs)} ms, min ${r.minDurationMs} ms) × ${formatQuantity(gb)} GB (${w.memoryMb} MB → ${memMb} MB in ${r.memoryStepMb} MB steps) = ${quantityText(q, 'GB-s')}`,
    },
  ];
}
