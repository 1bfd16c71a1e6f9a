import { ZERO, dec, maxDec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE, type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, requireService } from '../../engine/context';
import type { KindLines, KindModel } from '../kindModel';
import { DIGITALOCEAN_FUNCTIONS, DO_FUNCTIONS_SERVICE, type DigitalOceanFunctionsSystem } from './kind';

/**
 * DigitalOcean Functions: GiB-seconds = invocations × memory in GiB × run time in seconds (at least
 * 100 ms), after 90,000 free GiB-s a month per account (with `freeTier`); no charge per invocation.
 */
export const digitalOceanFunctionsModel: KindModel<DigitalOceanFunctionsSystem> = {
  model: doFunctionsLines,
  // No savings plan covers DigitalOcean Functions: only a negotiated percentage.
  discount: { savingsPlan: false, url: 'https://www.digitalocean.com/pricing/functions' },
};

function doFunctionsLines(ctx: ProviderContext, _system: DigitalOceanFunctionsSystem): KindLines {
  const prices = requireService(ctx, DO_FUNCTIONS_SERVICE, `${ctx.path}.kind`);
  const r = prices.rules;
  const w = ctx.workload;
  if (w.memoryMb < r.minMemoryMb || w.memoryMb > r.maxMemoryMb) {
    throw new EngineError(
      'workload.memoryMb',
      `DigitalOcean Functions take ${r.minMemoryMb}–${formatQuantity(r.maxMemoryMb)} MB (${prices.meta.id}); got ${w.memoryMb}`,
    );
  }
  const gib = dec(w.memoryMb).div(1024);
  const ms = maxDec(dec(w.durationMs), dec(r.minDurationMs));
  const gibSecondsPerInvocation = gib.times(ms).div(1000);
  const lines: LineModel[] = [
    {
      kind: 'metered',
      key: 'do-functions-gib-seconds',
      tags: COMPUTE,
      label: 'DigitalOcean Functions compute',
      unit: 'GiB-s',
      quantity: affine(0, gibSecondsPerInvocation),
      freeUnits: ctx.options.freeTier ? r.freeGibSeconds : ZERO,
      tiers: [flatTier(prices.gibSecond)],
      describe: (req, q) =>
        `${quantityText(req, 'invocation')} × ${formatQuantity(gib)} GiB (${w.memoryMb} MiB) × ${formatQuantity(ms.div(1000))} s (${formatQuantity(w.durationMs)} ms, min ${r.minDurationMs} ms) = ${quantityText(q, 'GiB-s')}`,
      pool: `${DIGITALOCEAN_FUNCTIONS}:gib-seconds`,
    },
  ];
  return {
    lines,
    notes: [
      'DigitalOcean Functions prices are global (no region); no charge per invocation.',
      ...(w.responseKb > 0 ? ['Response bandwidth is not priced for DigitalOcean Functions (no sourced rate).'] : []),
    ],
    attach: { cloud: 'digitalocean' },
  };
}
