import { ZERO } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE, type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { type Piecewise, add, affine, constant, evaluate, scale } from '../../engine/piecewise';
import type { LambdaPrices } from './prices';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, gbFromMb, requireBillingModel, requireService } from '../../engine/context';
import { AWS_SAVINGS_PLAN, type KindLines, type KindModel } from '../kindModel';
import { onDemandBilledTime, provisionedBilledSeconds } from './duration';
import { AWS_LAMBDA, LAMBDA_SERVICE, type LambdaSystem } from './kind';
import { provisionedLines, provisionedRequests } from './provisioned';
import { snapStartLines } from './snapStart';
import { lambdaWorkload, workloadField } from './ownWorkload';

/**
 * AWS Lambda: requests, on-demand GB-s through the architecture's tiers (INIT included where the
 * pricing date bills it), ephemeral storage above the included 512 MB, provisioned concurrency
 * with spill-over to on-demand, SnapStart's cache and restores; an API Gateway front door attaches as
 * an add-on charge.
 */
export const awsLambdaModel: KindModel<LambdaSystem> = { model: lambdaLines, discount: AWS_SAVINGS_PLAN };

function lambdaLines(shared: ProviderContext, system: LambdaSystem): KindLines {
  // The function's own memory, duration and cold starts, where it sets them, replace the workload's.
  const ctx = { ...shared, workload: lambdaWorkload(shared.workload, system.workload) };
  const prices = requireService(ctx, LAMBDA_SERVICE, `${ctx.path}.kind`);
  const w = ctx.workload;
  const arch = system.architecture ?? w.architecture;
  checkLimits(ctx, prices, system);
  requireBillingModel(ctx, prices.meta, arch, `${ctx.path}.architecture`);
  const tiers = prices.duration[arch];
  if (!tiers) {
    throw new EngineError(
      `${ctx.path}.architecture`,
      `${arch} Lambda is not available as of ${prices.meta.effectiveDate} (${prices.meta.id})`,
    );
  }
  const gb = gbFromMb(w.memoryMb);
  const pc = system.provisionedConcurrency ? provisionedRequests(ctx, system.provisionedConcurrency, prices) : null;
  const all = affine(0, 1);
  const onDemand: Piecewise = pc ? add(all, scale(pc.requests, -1)) : all;
  if (pc && system.snapStart) {
    throw new EngineError(`${ctx.path}.snapStart`, 'SnapStart does not support provisioned concurrency: choose one');
  }
  const billed = onDemandBilledTime(ctx, prices, system, system.snapStart !== undefined);
  const free = ctx.options.freeTier;
  const lines: LineModel[] = [
    {
      kind: 'metered',
      key: 'lambda-requests',
      label: 'Lambda requests',
      unit: 'request',
      quantity: all,
      freeUnits: free ? prices.rules.freeTier.requests : ZERO,
      tiers: [flatTier(prices.requests)],
      // An account's functions share the free requests (pooled when an architecture has several).
      pool: `${AWS_LAMBDA}:requests:${ctx.book.region}`,
      describe: (r) => quantityText(r, 'request'),
    },
    {
      kind: 'metered',
      key: 'lambda-duration',
      tags: COMPUTE,
      label: pc ? 'Lambda duration (on-demand)' : 'Lambda duration',
      unit: 'GB-s',
      quantity: scale(onDemand, billed.seconds.times(gb)),
      freeUnits: free ? prices.rules.freeTier.gbSeconds : ZERO,
      tiers,
      // Duration tiers are per account and architecture (x86_64 and arm64 priced apart).
      pool: `${AWS_LAMBDA}:duration:${arch}:${ctx.book.region}`,
      // …but the free GB-s are one allowance for both architectures.
      freePool: `${AWS_LAMBDA}:free-gb-s:${ctx.book.region}`,
      describe: (r, q) =>
        `${quantityText(pc ? evaluate(onDemand, r) : r, 'request')} × ${billed.text} × ${formatQuantity(gb)} GB (${w.memoryMb} MB / 1024) = ${quantityText(q, 'GB-s')}`,
    },
  ];
  if (pc && system.provisionedConcurrency)
    lines.push(...provisionedLines(ctx, system.provisionedConcurrency, prices, arch, pc));
  if (system.snapStart) lines.push(...snapStartLines(ctx, system.snapStart, prices));
  const extraMb = w.ephemeralStorageMb - prices.rules.ephemeralStorageMb.included;
  if (extraMb > 0 && !prices.ephemeralStorage) {
    throw new EngineError(
      'workload.ephemeralStorageMb',
      `no sourced ephemeral-storage price for ${ctx.book.region} in ${prices.meta.id}; keep it at ${prices.rules.ephemeralStorageMb.included} MB`,
      'unpriced',
    );
  }
  if (extraMb > 0 && prices.ephemeralStorage) {
    const extraGb = gbFromMb(extraMb);
    const pcSeconds = pc ? provisionedBilledSeconds(pc.durationMs, prices) : ZERO;
    const seconds = add(scale(onDemand, billed.seconds), pc ? scale(pc.requests, pcSeconds) : constant(0));
    lines.push({
      kind: 'metered',
      key: 'lambda-ephemeral-storage',
      label: 'Ephemeral storage above 512 MB',
      unit: 'GB-s',
      quantity: scale(seconds, extraGb),
      freeUnits: ZERO, // the free tier does not cover ephemeral storage (AWS pricing page, example 3)
      tiers: [flatTier(prices.ephemeralStorage)],
      describe: (r, q) =>
        `${formatQuantity(evaluate(seconds, r))} s × ${formatQuantity(extraGb)} GB (${w.ephemeralStorageMb} − ${prices.rules.ephemeralStorageMb.included} MB) = ${quantityText(q, 'GB-s')}`,
    });
  }
  const notes = pc?.notes ?? [];
  return {
    lines,
    notes,
    attach: system.frontDoor === 'none' ? { cloud: 'aws' } : { cloud: 'aws', frontDoor: system.frontDoor },
  };
}

function checkLimits(ctx: ProviderContext, prices: LambdaPrices, system: LambdaSystem): void {
  const w = ctx.workload;
  const { memoryMb, ephemeralStorageMb } = prices.rules;
  const asOf = `as of ${prices.meta.effectiveDate} (${prices.meta.id})`;
  if (w.memoryMb < memoryMb.min || w.memoryMb > memoryMb.max || (w.memoryMb - memoryMb.min) % memoryMb.step !== 0) {
    const steps = memoryMb.step === 1 ? '' : ` in ${memoryMb.step} MB steps`;
    throw new EngineError(
      workloadField(ctx.path, system.workload, 'memoryMb'),
      `Lambda memory must be ${memoryMb.min}–${memoryMb.max} MB${steps} ${asOf}; got ${w.memoryMb}`,
    );
  }
  if (w.ephemeralStorageMb < ephemeralStorageMb.min || w.ephemeralStorageMb > ephemeralStorageMb.max) {
    throw new EngineError(
      'workload.ephemeralStorageMb',
      `Lambda ephemeral storage must be ${ephemeralStorageMb.min}–${ephemeralStorageMb.max} MB ${asOf}; got ${w.ephemeralStorageMb}`,
    );
  }
}
