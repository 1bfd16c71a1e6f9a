import { dec } from '../decimal';
import { EngineError } from '../errors';
import type { LineModel } from '../lines';
import type { FargateSystem } from '../model';
import { type ProviderContext, type SystemModel, requireService } from './context';
import { albLines } from './awsAlb';
import { dataTransferLines } from './awsDataTransfer';
import { type FleetSizing, fleetLine } from './fleet';

/** AWS Fargate tasks: vCPU-hours and GB-hours per task, fixed or sized from peak traffic. */
export function awsFargateModel(ctx: ProviderContext, system: FargateSystem): SystemModel {
  const prices = requireService(ctx, 'aws-fargate', `${ctx.path}.kind`);
  const arch = system.architecture ?? ctx.workload.architecture;
  const vcpuPrice = prices.vcpuHourly[arch];
  const gbPrice = prices.gbHourly[arch];
  if (!vcpuPrice || !gbPrice) {
    throw new EngineError(`${ctx.path}.architecture`, `no ${arch} Fargate prices in ${prices.meta.id}`);
  }
  const sizing: FleetSizing = {
    fixedCount: system.tasks,
    minCount: system.minTasks,
    rpsPerMember: system.rpsPerTask,
    peakToAverage: ctx.workload.peakToAverage,
    noun: 'task',
  };
  const h = system.hoursPerMonth;
  const lines: LineModel[] = [
    fleetLine({
      key: 'fargate-vcpu',
      label: 'Fargate vCPU',
      unit: 'vCPU-hour',
      price: vcpuPrice,
      quantityPerMember: dec(system.vcpu).times(h),
      perMemberText: `${system.vcpu} vCPU × ${h} h`,
      sizing,
    }),
    fleetLine({
      key: 'fargate-memory',
      label: 'Fargate memory',
      unit: 'GB-hour',
      price: gbPrice,
      quantityPerMember: dec(system.memoryGb).times(h),
      perMemberText: `${system.memoryGb} GB × ${h} h`,
      sizing,
    }),
  ];
  if (system.loadBalancer === 'alb') lines.push(...albLines(ctx, h));
  lines.push(...dataTransferLines(ctx));
  return { id: system.id, kind: system.kind, name: system.name ?? system.id, lines, notes: [] };
}
