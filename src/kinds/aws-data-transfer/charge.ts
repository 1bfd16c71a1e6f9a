import { ZERO, dec } from '../../engine/decimal';
import type { LineModel } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, requireService } from '../../engine/context';
import type { Charge } from '../kindModel';
import { AWS_DATA_TRANSFER, DATA_TRANSFER_SERVICE } from './kind';

/** 1 GB = 1024² KB on AWS's pricing pages (API Gateway example: 15 M KB = 14.3 GB). */
const KB_PER_GB = 1024 * 1024;

/**
 * Responses sent to the internet, when the workload has a response size: the same for every
 * AWS system serving the traffic, so it shifts totals without moving a breakeven much.
 */
export const dataTransferCharge: Charge = {
  id: AWS_DATA_TRANSFER,
  lines: (ctx, attach) => (attach.cloud === 'aws' ? dataTransferLines(ctx) : []),
};

function dataTransferLines(ctx: ProviderContext): LineModel[] {
  const kb = ctx.workload.responseKb;
  if (kb <= 0) return [];
  const prices = requireService(ctx, DATA_TRANSFER_SERVICE, 'workload.responseKb');
  const gbPerRequest = dec(kb).div(KB_PER_GB);
  return [
    {
      kind: 'metered',
      key: 'data-transfer-out',
      label: 'Data transfer out to the internet',
      unit: 'GB',
      quantity: affine(0, gbPerRequest),
      freeUnits: ctx.options.freeTier ? prices.freeGbPerMonth : ZERO,
      tiers: prices.internetOut,
      // The 100 GB allowance and the tiers are the account's, across its services.
      pool: `${AWS_DATA_TRANSFER}:internet-out:${ctx.book.region}`,
      describe: (r, q) => `${quantityText(r, 'request')} × ${kb} KB / 1024² = ${formatQuantity(q, 4)} GB`,
    },
  ];
}
