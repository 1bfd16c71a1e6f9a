import { ZERO, dec } from '../../engine/decimal';
import { type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine, constant } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, requireService } from '../../engine/context';
import type { Charge, NatAttachment } from '../kindModel';
import { AWS_NAT_GATEWAY, NAT_GATEWAY_SERVICE } from './kind';

/** 1 GB = 1024² KB, as AWS's data-transfer pages count. */
const KB_PER_GB = 1024 * 1024;

/**
 * NAT gateways, opted into by a server in private subnets that calls the internet (package mirrors,
 * third-party APIs): every gateway bills its hours all month whatever the traffic, and every GB it
 * processes — the outbound calls each request makes, both directions. Its public IPv4 address is
 * billed by the public IPv4 charge.
 */
export const natGatewayCharge: Charge = {
  id: AWS_NAT_GATEWAY,
  lines: (ctx, attach) => (attach.nat && attach.nat.gateways > 0 ? natLines(ctx, attach.nat) : []),
};

function natLines(ctx: ProviderContext, nat: NatAttachment): LineModel[] {
  const prices = requireService(ctx, NAT_GATEWAY_SERVICE, `${ctx.path}.natGateways`);
  const hours = dec(nat.gateways).times(nat.hoursPerMonth);
  const lines: LineModel[] = [
    {
      kind: 'metered',
      key: 'nat-hours',
      label: 'NAT gateway hours',
      unit: 'hour',
      quantity: constant(hours),
      freeUnits: ZERO,
      tiers: [flatTier(prices.hourly)],
      describe: (_r, q) =>
        `${quantityText(dec(nat.gateways), 'gateway')} × ${nat.hoursPerMonth} h = ${quantityText(q, 'hour')}`,
    },
  ];
  if (nat.kbPerRequest <= 0) return lines;
  return [
    ...lines,
    {
      kind: 'metered',
      key: 'nat-data',
      label: 'NAT gateway data processed',
      unit: 'GB',
      quantity: affine(0, dec(nat.kbPerRequest).div(KB_PER_GB)),
      freeUnits: ZERO,
      tiers: [flatTier(prices.perGb)],
      describe: (r, q) =>
        `${quantityText(r, 'request')} × ${nat.kbPerRequest} KB through the gateway / 1024² = ${formatQuantity(q, 4)} GB`,
    },
  ];
}
