import { ZERO, dec, maxDec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE, type LineModel, flatTier } from '../../engine/lines';
import { SECONDS_PER_MONTH } from '../../engine/model';
import type { AzureFunctionsSystem } from './kind';
import { formatQuantity } from '../../engine/money';
import { type Piecewise, add, affine, compose, constant, evaluate, scale } from '../../engine/piecewise';
import type { AzureFunctionsPrices, AzureFunctionsRegion } from './prices';
import { quantityText } from '../../engine/priceText';
import { billedMs, type ProviderContext } from '../../engine/context';
import { busyInstanceSeconds, busyRuleText, lastAtOrBelow } from '../../engine/busyTime';

/**
 * Executions one Flex instance runs at once, and why: the system's own `concurrency`, else
 * Microsoft's default HTTP concurrency — 1 for a Python app (the scenario's `coldStart.runtime`),
 * otherwise the instance memory's default (512 MB: 4, 2,048 MB: 16, 4,096 MB: 32).
 */
export function flexConcurrency(
  ctx: ProviderContext,
  prices: AzureFunctionsPrices,
  system: AzureFunctionsSystem,
): { readonly concurrency: number; readonly why: string } {
  if (system.concurrency !== undefined) return { concurrency: system.concurrency, why: 'concurrency as set' };
  const rules = prices.rules.flex;
  if (ctx.options.runtime === 'python')
    return {
      concurrency: rules.pythonDefaultConcurrency,
      why: `concurrency ${rules.pythonDefaultConcurrency}: Microsoft's default HTTP concurrency for Python apps`,
    };
  const byMemory = rules.defaultConcurrency[String(system.instanceMemoryMb)];
  if (byMemory === undefined)
    throw new EngineError(
      `${ctx.path}.concurrency`,
      `no default concurrency for ${system.instanceMemoryMb} MB instances in ${prices.meta.id}: set concurrency`,
    );
  return {
    concurrency: byMemory,
    why: `concurrency ${byMemory}: the default HTTP concurrency of ${formatQuantity(system.instanceMemoryMb)} MB instances${ctx.options.runtime === undefined ? ' (a Python app defaults to 1: set coldStart.runtime)' : ''}`,
  };
}

/**
 * Flex Consumption: instance memory billed while an instance executes (concurrent executions on
 * one instance billed once; each activity period at least 1,000 ms, then 100 ms steps), plus
 * executions. Always-ready instances take the traffic first: a baseline for every second they
 * exist, a lower rate while they execute; only on-demand usage gets the free grant.
 */
export function azureFlexLines(
  ctx: ProviderContext,
  prices: AzureFunctionsPrices,
  region: AzureFunctionsRegion,
  system: AzureFunctionsSystem,
): LineModel[] {
  const rules = prices.rules.flex;
  const p = region.flex;
  if (!p)
    throw new EngineError(`${ctx.path}.plan`, `no Flex Consumption prices for ${system.region} in ${prices.meta.id}`);
  const memMb = system.instanceMemoryMb;
  if (!rules.instanceMemoryMb.includes(memMb)) {
    throw new EngineError(
      `${ctx.path}.instanceMemoryMb`,
      `Flex Consumption instance memory must be one of ${rules.instanceMemoryMb.join(', ')} MB; got ${memMb}`,
    );
  }
  const { concurrency, why } = flexConcurrency(ctx, prices, system);
  const d = ctx.workload.durationMs;
  const sparseMs = maxDec(billedMs(d, rules.granularityMs), dec(rules.minPeriodMs));
  const busy = busyInstanceSeconds(sparseMs.div(1000), dec(d).div(1000).div(concurrency));
  const gb = dec(memMb).div(1024);
  const month = dec(SECONDS_PER_MONTH);
  const ready = dec(system.alwaysReady);
  const readySeconds = ready.times(month);
  const busyReady: Piecewise = compose(
    [
      { to: readySeconds, a: ZERO, b: dec(1) },
      { to: null, a: readySeconds, b: ZERO },
    ],
    busy,
  );
  const busyOnDemand = add(busy, scale(busyReady, -1));
  const readyTakesUpTo = ready.isZero() ? ZERO : lastAtOrBelow(busy, readySeconds);
  const onDemandExecutions: Piecewise =
    readyTakesUpTo === null
      ? constant(0)
      : [
          { to: readyTakesUpTo, a: ZERO, b: ZERO },
          { to: null, a: readyTakesUpTo.neg(), b: dec(1) },
        ];
  const rule = busyRuleText(d, concurrency, sparseMs);
  const mapping = `${formatQuantity(gb)} GB (${memMb} MB instance)`;
  const free = ctx.options.freeTier;
  const lines: LineModel[] = [
    {
      kind: 'metered',
      key: 'flex-ondemand-gbs',
      tags: COMPUTE,
      label: 'Flex on-demand execution time',
      unit: 'GB-s',
      quantity: scale(busyOnDemand, gb),
      freeUnits: free ? rules.freeGbSeconds : ZERO,
      tiers: [flatTier(p.onDemandGbSecond)],
      describe: (r, q) =>
        `${rule} (${why}) = ${formatQuantity(evaluate(busy, r), 3)} s${ready.isZero() ? '' : ` − ${formatQuantity(evaluate(busyReady, r), 3)} s on always-ready instances`} × ${mapping} = ${quantityText(q, 'GB-s')}`,
    },
    {
      kind: 'metered',
      key: 'flex-ondemand-executions',
      label: 'Flex on-demand executions',
      unit: 'execution',
      quantity: onDemandExecutions,
      freeUnits: free ? rules.freeExecutions : ZERO,
      tiers: [flatTier(p.onDemandExecutions)],
      describe: (r, q) =>
        ready.isZero()
          ? quantityText(q, 'execution')
          : `${quantityText(r, 'execution')} − those the always-ready instances serve = ${quantityText(q, 'execution')}`,
    },
  ];
  if (ready.isZero()) return lines;
  return [
    ...lines,
    {
      kind: 'metered',
      key: 'flex-baseline',
      tags: COMPUTE,
      label: 'Flex always-ready baseline',
      unit: 'GB-s',
      quantity: constant(readySeconds.times(gb)),
      freeUnits: ZERO,
      tiers: [flatTier(p.alwaysReadyBaselineGbSecond)],
      describe: (_r, q) =>
        `${system.alwaysReady} always-ready × ${formatQuantity(month)} s × ${mapping} = ${quantityText(q, 'GB-s')}`,
    },
    {
      kind: 'metered',
      key: 'flex-ar-gbs',
      tags: COMPUTE,
      label: 'Flex always-ready execution time',
      unit: 'GB-s',
      quantity: scale(busyReady, gb),
      freeUnits: ZERO,
      tiers: [flatTier(p.alwaysReadyExecutionGbSecond)],
      describe: (r, q) =>
        `min(${rule}, ${formatQuantity(readySeconds)} s always ready) = ${formatQuantity(evaluate(busyReady, r), 3)} s × ${mapping} = ${quantityText(q, 'GB-s')}`,
    },
    {
      kind: 'metered',
      key: 'flex-ar-executions',
      label: 'Flex always-ready executions',
      unit: 'execution',
      quantity: add(affine(0, 1), scale(onDemandExecutions, -1)),
      freeUnits: ZERO,
      tiers: [flatTier(p.alwaysReadyExecutions)],
      describe: (_r, q) => `${quantityText(q, 'execution')} served while the always-ready instances have room`,
    },
  ];
}
