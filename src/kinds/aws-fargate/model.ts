import { type Decimal, dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE, type LineModel, type LineTag } from '../../engine/lines';
import { type ProviderContext, requireBillingModel, requireService } from '../../engine/context';
import { type FleetSizing, fleetLine } from '../../engine/fleet';
import type { Price } from '../../engine/pricebook';
import { serverSizing } from '../capacity/sizing';
import { awsServerAttachments } from '../vm-common/awsAttach';
import { AWS_SAVINGS_PLAN, type KindLines, type KindModel } from '../kindModel';
import { FARGATE_SERVICE, type FargateSystem } from './kind';
import type { FargatePrices } from './prices';

/** AWS Fargate tasks: vCPU, memory (Windows: and its OS licence) and extra ephemeral storage per task. */
export const awsFargateModel: KindModel<FargateSystem> = { model: fargateLines, discount: AWS_SAVINGS_PLAN };

/** One per-task rate: what it bills (units per task) and its price, quoted per hour or per second. */
type Meter = {
  readonly key: string;
  readonly label: string;
  readonly units: number;
  readonly unitText: string;
  readonly price: Price;
  readonly tags?: readonly LineTag[];
};

function fargateLines(ctx: ProviderContext, system: FargateSystem): KindLines {
  const prices = requireService(ctx, FARGATE_SERVICE, `${ctx.path}.kind`);
  // Arm64 Fargate is a billing model with a start date: refused before it (src/engine/context.ts).
  requireBillingModel(ctx, prices.meta, system.architecture ?? ctx.workload.architecture, `${ctx.path}.architecture`);
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
  const { hours, hoursText } = billedHours(system, prices);
  const lines: LineModel[] = [...computeMeters(ctx, system, prices), ...storageMeter(ctx, system, prices)].map((m) => {
    const perSecond = m.price.unit.endsWith('second');
    const quantity = dec(m.units)
      .times(hours)
      .times(perSecond ? 3600 : 1);
    return fleetLine({
      key: m.key,
      ...(m.tags ? { tags: m.tags } : {}),
      label: m.label,
      unit: m.price.unit,
      price: m.price,
      quantityPerMember: quantity,
      perMemberText: `${m.unitText} × ${hoursText}${perSecond ? ' × 3,600 s' : ''}`,
      sizing,
    });
  });
  return {
    lines,
    notes: [],
    // Fargate's storage is in its price (20 GB ephemeral included, more on its own line): no EBS.
    attach: awsServerAttachments(system, sizing, 0),
  };
}

/** Hours billed per task: its hours, but each run at least the minimum (1 minute; Windows 5). */
function billedHours(system: FargateSystem, prices: FargatePrices): { hours: Decimal; hoursText: string } {
  const h = system.hoursPerMonth;
  const minSeconds =
    system.os === 'windows'
      ? (prices.rules.windowsMinimumBilledSeconds ?? prices.rules.minimumBilledSeconds)
      : prices.rules.minimumBilledSeconds;
  const runs = system.runsPerMonth;
  if (runs === undefined) return { hours: dec(h), hoursText: `${h} h` };
  const floor = dec(runs).times(minSeconds).div(3600);
  if (floor.lte(h)) return { hours: dec(h), hoursText: `${h} h` };
  return {
    hours: floor,
    hoursText: `${runs} runs × ${minSeconds / 60} min minimum = ${floor.toDecimalPlaces(4).toString()} h`,
  };
}

/** vCPU and memory at the OS and architecture's rates, and Windows' OS licence per vCPU. */
function computeMeters(ctx: ProviderContext, system: FargateSystem, prices: FargatePrices): Meter[] {
  const vcpu = { key: 'fargate-vcpu', label: 'Fargate vCPU', units: system.vcpu, unitText: `${system.vcpu} vCPU` };
  const mem = {
    key: 'fargate-memory',
    label: 'Fargate memory',
    units: system.memoryGb,
    unitText: `${system.memoryGb} GB`,
  };
  if (system.os === 'windows') {
    const w = prices.windows;
    // A file without the rate (one older than Windows on Fargate): this system alone goes unpriced.
    if (!w) throw new EngineError(`${ctx.path}.os`, `no Windows Fargate prices in ${prices.meta.id}`, 'unpriced');
    const arch = system.architecture ?? ctx.workload.architecture;
    if (arch !== 'x86_64') throw new EngineError(`${ctx.path}.architecture`, 'Windows on Fargate runs on x86_64 only');
    return [
      { ...vcpu, price: w.vcpuSecond, tags: COMPUTE },
      // Savings Plans discount Fargate's vCPU and memory; the licence is not compute.
      { ...vcpu, key: 'fargate-windows-license', label: 'Fargate Windows OS licence', price: w.osLicenseVcpuSecond },
      { ...mem, price: w.gbSecond, tags: COMPUTE },
    ];
  }
  const arch = system.architecture ?? ctx.workload.architecture;
  const vcpuPrice = prices.vcpuHourly[arch];
  const gbPrice = prices.gbHourly[arch];
  if (!vcpuPrice || !gbPrice) {
    throw new EngineError(`${ctx.path}.architecture`, `no ${arch} Fargate prices in ${prices.meta.id}`, 'unpriced');
  }
  return [
    { ...vcpu, price: vcpuPrice, tags: COMPUTE },
    { ...mem, price: gbPrice, tags: COMPUTE },
  ];
}

/** Ephemeral storage above the included GB, per task. */
function storageMeter(ctx: ProviderContext, system: FargateSystem, prices: FargatePrices): Meter[] {
  const included = prices.rules.includedEphemeralGb;
  const extraGb = system.ephemeralStorageGb - included;
  if (extraGb <= 0) return [];
  const price = prices.ephemeralGbSecond;
  if (!price)
    throw new EngineError(
      `${ctx.path}.ephemeralStorageGb`,
      `no ephemeral storage price in ${prices.meta.id}`,
      'unpriced',
    );
  const max = prices.rules.maxEphemeralGb;
  if (max !== undefined && system.ephemeralStorageGb > max)
    throw new EngineError(`${ctx.path}.ephemeralStorageGb`, `Fargate takes at most ${max} GB`);
  return [
    {
      key: 'fargate-ephemeral-storage',
      label: 'Fargate ephemeral storage',
      units: extraGb,
      unitText: `(${system.ephemeralStorageGb} − ${included} included) GB`,
      price,
    },
  ];
}
