import { z } from 'zod';
import type { FileMeta, VmPrices } from '../../engine';
import { FileHeaderSchema, PriceSchema, toPrice } from '../common';

const Machine = z.strictObject({ vcpu: z.number().positive(), memoryGib: z.number().positive(), hourly: PriceSchema });
const Regions = z.record(z.string().regex(/^[a-z0-9-]+$/), z.strictObject({ machines: z.record(z.string().regex(/^[A-Za-z0-9_.-]+$/), Machine) }));

/** Compute Engine on-demand VMs: machine types by Google Cloud region. */
export const GcpComputeFile = z.strictObject({ ...FileHeaderSchema, service: z.literal('gcp-compute'), rules: z.strictObject({ hoursPerMonth: z.number().positive() }), regions: Regions });
export type GcpComputeFile = z.infer<typeof GcpComputeFile>;

/** Azure pay-as-you-go Linux VMs: sizes by Azure region. */
export const AzureVmFile = z.strictObject({ ...FileHeaderSchema, service: z.literal('azure-vm'), rules: z.strictObject({ hoursPerMonth: z.number().positive() }), regions: Regions });
export type AzureVmFile = z.infer<typeof AzureVmFile>;

/** VM prices of every region in the file (a system names its own region). */
export function vmPrices(meta: FileMeta, file: GcpComputeFile | AzureVmFile): VmPrices {
  const regions = Object.fromEntries(
    Object.entries(file.regions).map(([region, r]) => [
      region,
      Object.fromEntries(Object.entries(r.machines).map(([name, m]) => [name, { name, vcpu: m.vcpu, memoryGib: m.memoryGib, hourly: toPrice(meta, m.hourly) }])),
    ]),
  );
  return { meta, hoursPerMonth: file.rules.hoursPerMonth, regions };
}
