import { ZERO, dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import type { LineModel } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, requireService } from '../../engine/context';
import type { Charge } from '../kindModel';
import { AZURE_BANDWIDTH, AZURE_BANDWIDTH_SERVICE } from './kind';

/** 1 GB = 1024² KB, as the engine counts data transfer on AWS (Azure's page does not say which GB). */
const KB_PER_GB = 1024 * 1024;
const FIELD = 'workload.responseKb';

/**
 * Responses sent to the internet from an Azure system (Functions, VMs), when the workload has a
 * response size: routed over Microsoft's premium global network (the default routing preference),
 * priced by the system's own region. The 100 GB a month free follows the free-tier switch.
 */
export const azureBandwidthCharge: Charge = {
  id: AZURE_BANDWIDTH,
  lines: (ctx, attach) => (attach.cloud === 'azure' ? azureBandwidthLines(ctx, attach.region) : []),
};

function azureBandwidthLines(ctx: ProviderContext, region: string | undefined): LineModel[] {
  const kb = ctx.workload.responseKb;
  if (kb <= 0) return [];
  const prices = requireService(ctx, AZURE_BANDWIDTH_SERVICE, FIELD);
  const r = region === undefined ? undefined : prices.regions[region];
  // A region with no sourced rate must not bill its responses at $0 without a word.
  if (!r) {
    throw new EngineError(
      FIELD,
      `no Azure internet egress prices for region "${region ?? '(none)'}" in ${prices.meta.id}; known: ${Object.keys(prices.regions).join(', ')} (set responseKb to 0 to leave egress out)`,
      'unpriced',
    );
  }
  return [
    {
      kind: 'metered',
      key: 'internet-egress',
      label: 'Internet egress (bandwidth)',
      unit: 'GB',
      quantity: affine(0, dec(kb).div(KB_PER_GB)),
      freeUnits: ctx.options.freeTier ? prices.freeGbPerMonth : ZERO,
      tiers: r.internetOut,
      // The free 100 GB and the tiers are the subscription's month, across its services.
      pool: `${AZURE_BANDWIDTH}:internet:${region}`,
      describe: (req, q) => `${quantityText(req, 'request')} × ${kb} KB / 1024² = ${formatQuantity(q, 4)} GB`,
    },
  ];
}
