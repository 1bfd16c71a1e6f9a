import { dec } from '../../engine/decimal';
import type { LineModel } from '../../engine/lines';
import { fleetLine } from '../../engine/fleet';
import { type ProviderContext, requireService } from '../../engine/context';
import type { Charge, FleetAttachment } from '../kindModel';
import { AWS_EBS, EBS_SERVICE } from './kind';

/**
 * The EBS volume each instance of a fleet boots from (8 GB by default, the usual root volume; gp3, or
 * gp2 before gp3 existed): billed per GB-month, prorated by the hours the instance runs, so it steps
 * with the fleet like the instances.
 */
export const ebsCharge: Charge = {
  id: AWS_EBS,
  lines: (ctx, attach) => (attach.fleet && attach.fleet.ebsGb > 0 ? [ebsLine(ctx, attach.fleet)] : []),
};

function ebsLine(ctx: ProviderContext, fleet: FleetAttachment): LineModel {
  const prices = requireService(ctx, EBS_SERVICE, `${ctx.path}.ebsGb`);
  const h = fleet.hoursPerMonth;
  return fleetLine({
    key: 'ebs',
    label: `EBS ${prices.volumeType} volumes (${fleet.sizing.noun}s)`,
    unit: 'GB-month',
    price: prices.gbMonth,
    quantityPerMember: dec(fleet.ebsGb).times(h).div(prices.hoursPerMonth),
    perMemberText: `${fleet.ebsGb} GB × ${h} h / ${prices.hoursPerMonth} h`,
    sizing: fleet.sizing,
  });
}
