import { dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE, type LineModel } from '../../engine/lines';
import { type ProviderContext, requireBillingModel, requireService } from '../../engine/context';
import { type FleetSizing, fleetLine } from '../../engine/fleet';
import { serverSizing } from '../capacity/sizing';
import { awsServerAttachments } from '../vm-common/awsAttach';
import { AWS_SAVINGS_PLAN, type KindLines, type KindModel } from '../kindModel';
import { FARGATE_SERVICE, type FargateSystem } from './kind';

/** AWS Fargate tasks: vCPU-hours and GB-hours per task, fixed or sized from peak traffic. */
export const awsFargateModel: KindModel<FargateSystem> = { model: fargateLines, discount: AWS_SAVINGS_PLAN };

function fargateLines(ctx: ProviderContext, system: FargateSystem): KindLines {
  const prices = requireService(ctx, FARGATE_SERVICE, `${ctx.path}.kind`);
  const arch = system.architecture ?? ctx.workload.architecture;
  requireBillingModel(ctx, prices.meta, arch, `${ctx.path}.architecture`);
  const vcpuPrice = prices.vcpuHourly[arch];
  const gbPrice = prices.gbHourly[arch];
  if (!vcpuPrice || !gbPrice) {
    throw new EngineError(`${ctx.path}.architecture`, `no ${arch} Fargate prices in ${prices.meta.id}`);
  }
  const sizing: FleetSizing = serverSizing(
    {
      name: `${system.vcpu} vCPU / ${system.memoryGb} GB task`,
      noun: 'task',
      vcpu: system.vcpu,
      memoryGib: system.memoryGb,
    },
    {
      count: system.tasks,
      rpsPinned: system.rpsPerTask,
      rpsField: 'rpsPerTask',
      minCount: system.minTasks,
      targetUtilization: system.targetUtilization,
    },
    ctx.workload,
  );
  const h = system.hoursPerMonth;
  const lines: LineModel[] = [
    fleetLine({
      key: 'fargate-vcpu',
      tags: COMPUTE,
      label: 'Fargate vCPU',
      unit: 'vCPU-hour',
      price: vcpuPrice,
      quantityPerMember: dec(system.vcpu).times(h),
      perMemberText: `${system.vcpu} vCPU × ${h} h`,
      sizing,
    }),
    fleetLine({
      key: 'fargate-memory',
      tags: COMPUTE,
      label: 'Fargate memory',
      unit: 'GB-hour',
      price: gbPrice,
      quantityPerMember: dec(system.memoryGb).times(h),
      perMemberText: `${system.memoryGb} GB × ${h} h`,
      sizing,
    }),
  ];
  return {
    lines,
    notes: [],
    // Fargate's storage is in its price (20 GB ephemeral included): no EBS.
    attach: awsServerAttachments(system, sizing, 0),
  };
}
