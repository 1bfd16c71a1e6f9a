import { dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE } from '../../engine/lines';
import type { DiscountRule } from '../../engine/discount';
import type { ServiceKey } from '../../engine/pricebook';
import { type ProviderContext, requireService } from '../../engine/context';
import { fleetLine } from '../../engine/fleet';
import { rateAsOfNote } from '../../engine/rateSince';
import { serverSizing } from '../capacity/sizing';
import { baselineNote } from '../capacity/prices';
import type { Cloud, KindLines, KindModel } from '../kindModel';
import type { CloudVmSystem } from './kind';
import type { VmPrices } from './prices';

/** Which VM kind: the prices it reads, its product name for labels, its cloud and its discount terms. */
export type CloudVmKind = {
  readonly service: ServiceKey<VmPrices>;
  readonly product: string;
  readonly cloud: Cloud;
  readonly discount: DiscountRule;
};

/** The model of an always-on VM fleet on another cloud (fixed or sized from peak traffic), like `aws-ec2`. */
export function cloudVmKindModel<K extends string>(vm: CloudVmKind): KindModel<CloudVmSystem<K>> {
  return { model: (ctx, system) => cloudVmLines(ctx, system, vm), discount: vm.discount };
}

function cloudVmLines(ctx: ProviderContext, system: CloudVmSystem, vm: CloudVmKind): KindLines {
  const prices = requireService(ctx, vm.service, `${ctx.path}.kind`);
  const region = prices.regions[system.region];
  if (!region) {
    throw new EngineError(
      `${ctx.path}.region`,
      `no ${system.kind} prices for region "${system.region}" in ${prices.meta.id}; known: ${Object.keys(prices.regions).join(', ')}`,
      'unpriced',
    );
  }
  const m = region[system.machineType];
  if (!m) {
    throw new EngineError(
      `${ctx.path}.machineType`,
      `unknown machine type "${system.machineType}" in ${system.region} (${prices.meta.id}); known: ${Object.keys(region).join(', ')}`,
    );
  }
  const line = fleetLine({
    key: 'vm-instances',
    tags: COMPUTE,
    label: `${vm.product} ${m.name} instances`,
    unit: 'instance-hour',
    price: m.hourly,
    quantityPerMember: dec(system.hoursPerMonth),
    perMemberText: `${system.hoursPerMonth} h`,
    sizing: serverSizing(
      { noun: 'instance', ...m, baselinePerVcpu: m.baseline?.perVcpu },
      {
        count: system.count,
        rpsPinned: system.rpsPerInstance,
        rpsField: 'rpsPerInstance',
        minCount: system.minInstances,
        targetUtilization: system.targetUtilization,
      },
      ctx.workload,
    ),
  });
  const asOf = rateAsOfNote(
    ctx.book.pricingDate,
    prices.meta,
    `${m.name} in ${system.region}`,
    m.unchangedSinceAtLeast,
  );
  const notes = [
    `${m.name} in ${system.region}: ${m.vcpu} vCPU, ${m.memoryGib} GiB. Not included: disks, public IP addresses, load balancer.`,
    ...(asOf ? [asOf] : []),
    ...(m.baseline
      ? [`${baselineNote(m.name, m.baseline)} A fleet sized from the workload keeps sustained CPU within it.`]
      : []),
  ];
  return { lines: [line], notes, attach: { cloud: vm.cloud, region: system.region } };
}
