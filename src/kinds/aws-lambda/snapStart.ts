import { ZERO, dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine, constant, evaluate } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, gbFromMb } from '../../engine/context';
import type { SnapStart } from './kind';
import type { LambdaPrices } from './prices';

/** The first day SnapStart's cache and restore are charged (GA for Python and .NET, 2024-11-18). */
export const SNAPSTART_PRICED_FROM = '2024-11-18';

/**
 * SnapStart's two lines (AWS Lambda pricing page, "Lambda SnapStart pricing"): the cache, memory GB ×
 * the seconds each published version is active, at least the minimum hours per version; and the
 * restores, memory GB per restore, restores being `restoreRate` of the invocations. Neither is
 * tagged compute: no source says a Savings Plan covers them. Refused where AWS refuses SnapStart
 * (with provisioned concurrency or ephemeral storage above 512 MB) and before it was priced.
 */
export function snapStartLines(ctx: ProviderContext, snap: SnapStart, prices: LambdaPrices): LineModel[] {
  const field = `${ctx.path}.snapStart`;
  const rates = prices.snapStart;
  if (!rates) {
    const why =
      prices.meta.effectiveDate < SNAPSTART_PRICED_FROM
        ? `SnapStart is charged from ${SNAPSTART_PRICED_FROM} (cache and restore; SnapStart for Java was free before); the prices as of ${ctx.book.pricingDate} (${prices.meta.id}) predate it — set the pricing date to ${SNAPSTART_PRICED_FROM} or later, or remove SnapStart`
        : `no SnapStart price for ${ctx.book.region} in ${prices.meta.id}; remove SnapStart or use us-east-1`;
    throw new EngineError(field, why);
  }
  if (ctx.workload.ephemeralStorageMb > prices.rules.ephemeralStorageMb.included) {
    throw new EngineError(
      field,
      `SnapStart does not support ephemeral storage above ${prices.rules.ephemeralStorageMb.included} MB (got ${ctx.workload.ephemeralStorageMb} MB)`,
    );
  }
  const gb = gbFromMb(ctx.workload.memoryMb);
  // The minimum applies to each version that is cached at all; a version active 0 hours costs nothing.
  const hours = snap.activeHoursPerMonth === 0 ? 0 : Math.max(snap.activeHoursPerMonth, rates.cacheMinimumHours);
  const cachedSeconds = dec(snap.versions).times(hours).times(3600);
  const minimumText = hours > snap.activeHoursPerMonth ? ` (the ${rates.cacheMinimumHours} h minimum)` : '';
  const restoreRate = dec(snap.restoreRate);
  const restores = affine(0, restoreRate);
  return [
    {
      kind: 'metered',
      key: 'lambda-snapstart-cache',
      label: 'SnapStart cache',
      unit: 'GB-s',
      quantity: constant(cachedSeconds.times(gb)),
      freeUnits: ZERO,
      tiers: [flatTier(rates.cache)],
      describe: (_r, q) =>
        `${snap.versions} version${snap.versions === 1 ? '' : 's'} × ${formatQuantity(dec(hours))} h${minimumText} × 3,600 s × ${formatQuantity(gb)} GB (${ctx.workload.memoryMb} MB / 1024) = ${quantityText(q, 'GB-s')}`,
    },
    {
      kind: 'metered',
      key: 'lambda-snapstart-restore',
      label: 'SnapStart restores',
      unit: 'GB',
      quantity: affine(0, restoreRate.times(gb)),
      freeUnits: ZERO,
      tiers: [flatTier(rates.restore)],
      describe: (r, q) =>
        `${quantityText(r, 'request')} × ${formatQuantity(restoreRate.times(100), 4)}% restored = ${quantityText(evaluate(restores, r), 'restore')} × ${formatQuantity(gb)} GB = ${quantityText(q, 'GB')}`,
    },
  ];
}
