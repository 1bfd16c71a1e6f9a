import { dec } from '../decimal';
import { EngineError } from '../errors';
import type { LineModel } from '../lines';
import type { Ec2System } from '../model';
import { type ProviderContext, type SystemModel, requireService } from './context';
import { albLines } from './awsAlb';
import { dataTransferLines } from './awsDataTransfer';
import { fleetLine } from './fleet';

/** EC2 on-demand instances (fixed or sized from peak traffic), optionally behind an ALB. */
export function awsEc2Model(ctx: ProviderContext, system: Ec2System): SystemModel {
  const prices = requireService(ctx, 'aws-ec2', `${ctx.path}.kind`);
  const instance = prices.instances[system.instanceType];
  if (!instance) {
    const known = Object.keys(prices.instances).join(', ');
    throw new EngineError(`${ctx.path}.instanceType`, `unknown instance type "${system.instanceType}" in ${prices.meta.id}; known: ${known}`);
  }
  const lines: LineModel[] = [
    fleetLine({
      key: 'ec2-instances',
      label: `EC2 ${instance.name} instances`,
      unit: 'instance-hour',
      price: instance.hourly,
      quantityPerMember: dec(system.hoursPerMonth),
      perMemberText: `${system.hoursPerMonth} h`,
      sizing: {
        fixedCount: system.count,
        minCount: system.minInstances,
        rpsPerMember: system.rpsPerInstance,
        peakToAverage: ctx.workload.peakToAverage,
        noun: 'instance',
      },
    }),
  ];
  if (system.loadBalancer === 'alb') lines.push(...albLines(ctx, system.hoursPerMonth));
  lines.push(...dataTransferLines(ctx));
  const notes = [`${instance.name}: ${instance.vcpu} vCPU, ${instance.memoryGib} GiB, ${instance.architecture}. Not included: EBS volumes, public IPv4 addresses.`];
  return { id: system.id, kind: system.kind, name: system.name ?? system.id, lines, notes };
}
