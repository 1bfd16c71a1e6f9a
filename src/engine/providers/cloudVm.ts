import { dec } from '../decimal';
import { EngineError } from '../errors';
import type { CloudVmSystem } from '../modelClouds';
import { type ProviderContext, type SystemModel, requireService } from './context';
import { fleetLine } from './fleet';

const CLOUD = { 'gcp-compute': 'Compute Engine', 'azure-vm': 'Azure VM' } as const;

/** An always-on VM fleet on Google Compute Engine or Azure (fixed or sized from peak traffic), like `aws-ec2`. */
export function cloudVmModel(ctx: ProviderContext, system: CloudVmSystem): SystemModel {
  const prices = requireService(ctx, system.kind, `${ctx.path}.kind`);
  const region = prices.regions[system.region];
  if (!region) {
    throw new EngineError(`${ctx.path}.region`, `no ${system.kind} prices for region "${system.region}" in ${prices.meta.id}; known: ${Object.keys(prices.regions).join(', ')}`);
  }
  const m = region[system.machineType];
  if (!m) {
    throw new EngineError(`${ctx.path}.machineType`, `unknown machine type "${system.machineType}" in ${system.region} (${prices.meta.id}); known: ${Object.keys(region).join(', ')}`);
  }
  const line = fleetLine({
    key: 'vm-instances',
    label: `${CLOUD[system.kind]} ${m.name} instances`,
    unit: 'instance-hour',
    price: m.hourly,
    quantityPerMember: dec(system.hoursPerMonth),
    perMemberText: `${system.hoursPerMonth} h`,
    sizing: { fixedCount: system.count, minCount: system.minInstances, rpsPerMember: system.rpsPerInstance, peakToAverage: ctx.workload.peakToAverage, noun: 'instance' },
  });
  const notes = [`${m.name} in ${system.region}: ${m.vcpu} vCPU, ${m.memoryGib} GiB. Not included: disks, public IP addresses, egress, load balancer.`];
  return { id: system.id, kind: system.kind, name: system.name ?? system.id, lines: [line], notes };
}
