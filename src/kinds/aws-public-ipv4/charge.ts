import { ZERO, dec } from '../../engine/decimal';
import { type LineModel, flatTier } from '../../engine/lines';
import { constant } from '../../engine/piecewise';
import type { Price } from '../../engine/pricebook';
import { quantityText } from '../../engine/priceText';
import { fleetLine } from '../../engine/fleet';
import { type ProviderContext, requireService } from '../../engine/context';
import type { Attachments, Charge, FleetAttachment, LoadBalancerAttachment, NatAttachment } from '../kindModel';
import { AWS_PUBLIC_IPV4, PUBLIC_IPV4_SERVICE } from './kind';

/**
 * Public IPv4 addresses, billed per address-hour whether in use or idle since 2024-02-01: one per
 * instance or task with a public IP (a member of the fleet, so it steps with the fleet), and one per
 * AZ of an internet-facing load balancer, one per NAT gateway. Before that date in-use addresses were free: the pricing
 * file of that period says so and no line is added.
 */
export const publicIpv4Charge: Charge = {
  id: AWS_PUBLIC_IPV4,
  lines: (ctx, attach) => (addresses(attach) > 0 ? publicIpv4Lines(ctx, attach) : []),
};

function addresses(attach: Attachments): number {
  const lb = attach.loadBalancer ? attach.loadBalancer.azs * attach.loadBalancer.publicIpv4PerAz : 0;
  return (attach.fleet?.publicIpv4 ?? 0) + lb + (attach.nat?.gateways ?? 0);
}

function publicIpv4Lines(ctx: ProviderContext, attach: Attachments): LineModel[] {
  const field = attach.fleet?.publicIpv4
    ? `${ctx.path}.publicIpv4`
    : attach.loadBalancer?.publicIpv4PerAz
      ? `${ctx.path}.albPublicIpv4`
      : `${ctx.path}.natGateways`;
  const price = requireService(ctx, PUBLIC_IPV4_SERVICE, field).addressHourly;
  if (price === null) return [];
  return [
    ...(attach.fleet && attach.fleet.publicIpv4 > 0 ? [fleetAddresses(price, attach.fleet)] : []),
    ...(attach.loadBalancer && attach.loadBalancer.publicIpv4PerAz > 0
      ? [albAddresses(price, attach.loadBalancer)]
      : []),
    ...(attach.nat && attach.nat.gateways > 0 ? [natAddresses(price, attach.nat)] : []),
  ];
}

function fleetAddresses(price: Price, fleet: FleetAttachment): LineModel {
  const n = fleet.publicIpv4;
  return fleetLine({
    key: 'public-ipv4',
    label: `Public IPv4 addresses (${fleet.sizing.noun}s)`,
    unit: 'address-hour',
    price,
    quantityPerMember: dec(n).times(fleet.hoursPerMonth),
    perMemberText: `${addressText(n)} × ${fleet.hoursPerMonth} h`,
    sizing: fleet.sizing,
  });
}

function albAddresses(price: Price, lb: LoadBalancerAttachment): LineModel {
  const count = dec(lb.azs).times(lb.publicIpv4PerAz);
  return {
    kind: 'metered',
    key: 'public-ipv4-alb',
    label: 'Public IPv4 addresses (load balancer, one per AZ)',
    unit: 'address-hour',
    quantity: constant(count.times(lb.hoursPerMonth)),
    freeUnits: ZERO,
    tiers: [flatTier(price)],
    describe: (_r, q) =>
      `${lb.azs} AZ${lb.azs === 1 ? '' : 's'} × ${addressText(lb.publicIpv4PerAz)} × ${lb.hoursPerMonth} h = ${quantityText(q, 'address-hour')}`,
  };
}

/** Each NAT gateway holds one public IPv4 address (its Elastic IP) all month. */
function natAddresses(price: Price, nat: NatAttachment): LineModel {
  return {
    kind: 'metered',
    key: 'public-ipv4-nat',
    label: 'Public IPv4 addresses (NAT gateways)',
    unit: 'address-hour',
    quantity: constant(dec(nat.gateways).times(nat.hoursPerMonth)),
    freeUnits: ZERO,
    tiers: [flatTier(price)],
    describe: (_r, q) =>
      `${nat.gateways} NAT gateway${nat.gateways === 1 ? '' : 's'} × 1 address × ${nat.hoursPerMonth} h = ${quantityText(q, 'address-hour')}`,
  };
}

/** "1 address", "2 addresses" (the shared plural rule keeps words ending in "s" as they are). */
function addressText(n: number): string {
  return `${n} ${n === 1 ? 'address' : 'addresses'}`;
}
