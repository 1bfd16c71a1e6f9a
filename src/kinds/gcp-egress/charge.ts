import { ZERO, dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import type { LineModel } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, requireService } from '../../engine/context';
import type { Charge } from '../kindModel';
import { GCP_EGRESS, GCP_EGRESS_SERVICE } from './kind';

/** Google bills network in GiB (2³⁰ bytes): 1 GiB = 1024² KB, the KB being 1,024 bytes. */
const KB_PER_GIB = 1024 * 1024;
const FIELD = 'workload.responseKb';

/**
 * Responses sent to the internet from a Google Cloud system (Cloud Run, Compute Engine), when the
 * workload has a response size: Premium Tier, the default network tier and the only one Cloud Run
 * uses, priced by the system's own region. Google's Always Free GiB follows the free-tier switch.
 */
export const gcpEgressCharge: Charge = {
  id: GCP_EGRESS,
  lines: (ctx, attach) => (attach.cloud === 'gcp' ? gcpEgressLines(ctx, attach.region) : []),
};

function gcpEgressLines(ctx: ProviderContext, region: string | undefined): LineModel[] {
  const kb = ctx.workload.responseKb;
  if (kb <= 0) return [];
  const prices = requireService(ctx, GCP_EGRESS_SERVICE, FIELD);
  const r = region === undefined ? undefined : prices.regions[region];
  // A region with no sourced rate must not bill its responses at $0 without a word.
  if (!r) {
    throw new EngineError(
      FIELD,
      `no Google Cloud internet egress prices for region "${region ?? '(none)'}" in ${prices.meta.id}; known: ${Object.keys(prices.regions).join(', ')} (set responseKb to 0 to leave egress out)`,
      'unpriced',
    );
  }
  return [
    {
      kind: 'metered',
      key: 'internet-egress',
      label: 'Internet egress (Premium Tier)',
      unit: 'GiB',
      quantity: affine(0, dec(kb).div(KB_PER_GIB)),
      freeUnits: ctx.options.freeTier ? r.freeGibPerMonth : ZERO,
      tiers: r.internetOut,
      // The tiers count a month's egress from the billing account, whichever product sends it.
      pool: `${GCP_EGRESS}:internet:${region}`,
      describe: (req, q) => `${quantityText(req, 'request')} × ${kb} KB / 1024² = ${formatQuantity(q, 4)} GiB`,
    },
  ];
}
