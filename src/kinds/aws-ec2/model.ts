import { dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE, type LineModel } from '../../engine/lines';
import { type ProviderContext, requireService } from '../../engine/context';
import { type FleetSizing, fleetLine } from '../../engine/fleet';
import { serverSizing } from '../capacity/sizing';
import { awsServerAttachments } from '../vm-common/awsAttach';
import { burstableNote } from './burstable';
import { ec2Rate } from './commitment';
import { rateAsOfNote } from '../../engine/rateSince';
import { AWS_SAVINGS_PLAN, type KindLines, type KindModel } from '../kindModel';
import { EC2_SERVICE, type Ec2System } from './kind';

/** EC2 on-demand instances (fixed or sized from peak traffic); an ALB in front attaches as an add-on charge. */
export const awsEc2Model: KindModel<Ec2System> = { model: ec2Lines, discount: AWS_SAVINGS_PLAN };

function ec2Lines(ctx: ProviderContext, system: Ec2System): KindLines {
  const prices = requireService(ctx, EC2_SERVICE, `${ctx.path}.kind`);
  const instance = prices.instances[system.instanceType];
  if (!instance) {
    const known = Object.keys(prices.instances).join(', ');
    throw new EngineError(
      `${ctx.path}.instanceType`,
      `unknown instance type "${system.instanceType}" in ${prices.meta.id}; known: ${known}`,
    );
  }
  const sizing: FleetSizing = serverSizing(
    { noun: 'instance', ...instance, baselinePerVcpu: instance.baseline?.perVcpu },
    {
      count: system.count,
      rpsPinned: system.rpsPerInstance,
      rpsField: 'rpsPerInstance',
      minCount: system.minInstances,
      targetUtilization: system.targetUtilization,
    },
    ctx.workload,
  );
  const rate = ec2Rate(instance, system, prices.hoursPerMonth, ctx.path);
  const lines: LineModel[] = [
    fleetLine({
      key: 'ec2-instances',
      tags: COMPUTE,
      label: `EC2 ${instance.name} instances`,
      unit: 'instance-hour',
      price: rate.price,
      quantityPerMember: dec(rate.hoursPerMonth),
      perMemberText: rate.hoursText,
      sizing,
    }),
  ];
  // Only the on-demand rate is dated one by one; a reservation's rate is its file's.
  const since = system.commitment === 'on-demand' ? instance.unchangedSinceAtLeast : undefined;
  const asOf = rateAsOfNote(ctx.book.pricingDate, prices.meta, `${instance.name} on demand`, since);
  const notes = [
    `${instance.name}: ${instance.vcpu} vCPU, ${instance.memoryGib} GiB, ${instance.architecture}.`,
    ...(asOf ? [asOf] : []),
    ...(instance.baseline ? [burstableNote(instance, prices.surplusCredit)] : []),
    ...rate.notes,
  ];
  return { lines, notes, attach: awsServerAttachments(system, sizing, system.ebsGb) };
}
