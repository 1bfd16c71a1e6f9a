import { z } from 'zod/mini';
import type { FileMeta, ServiceKey } from '../../engine';
import {
  FileHeaderSchema,
  PriceSchema,
  type ServiceFormat,
  serviceFormat,
  toPrice,
  PositiveNumber,
} from '../../pricing/common';
import type { VmPrices } from './prices';
import { BaselineSchema, toBaseline } from '../capacity/pricingFile';
import { RateSinceSchema, toRateSince } from '../../pricing/rateSince';

const Machine = z.strictObject({
  vcpu: PositiveNumber,
  memoryGib: PositiveNumber,
  hourly: PriceSchema,
  burstable: z.optional(BaselineSchema),
  /** The hourly rate's own earliest date a source shows it (the file is dated when recorded). */
  unchangedSinceAtLeast: z.optional(RateSinceSchema),
});
const Regions = z.record(
  z.string().check(z.regex(/^[a-z0-9-]+$/)),
  z.strictObject({ machines: z.record(z.string().check(z.regex(/^[A-Za-z0-9_.-]+$/)), Machine) }),
);

/** The pricing-file schema of a VM service of another cloud: machine types by that cloud's region. */
function vmFileSchema<K extends string>(service: K) {
  return z.strictObject({
    ...FileHeaderSchema,
    service: z.literal(service),
    rules: z.strictObject({ hoursPerMonth: PositiveNumber }),
    regions: Regions,
  });
}
type VmFile = z.infer<ReturnType<typeof vmFileSchema<string>>>;

/** VM prices of every region in the file (a system names its own region). */
function vmPrices(meta: FileMeta, file: VmFile): VmPrices {
  const regions = Object.fromEntries(
    Object.entries(file.regions).map(([region, r]) => [
      region,
      Object.fromEntries(
        Object.entries(r.machines).map(([name, m]) => [
          name,
          {
            name,
            vcpu: m.vcpu,
            memoryGib: m.memoryGib,
            hourly: toPrice(meta, m.hourly),
            ...(m.burstable ? { baseline: toBaseline(meta, m.burstable) } : {}),
            ...(m.unchangedSinceAtLeast
              ? { unchangedSinceAtLeast: toRateSince(meta, m.unchangedSinceAtLeast, `${name} ${region}`) }
              : {}),
          },
        ]),
      ),
    ]),
  );
  return { meta, hoursPerMonth: file.rules.hoursPerMonth, regions };
}

/** How a VM service's pricing files are validated and read; one file holds all that cloud's regions. */
export function vmPricingFile(service: ServiceKey<VmPrices>): ServiceFormat {
  return serviceFormat({
    service,
    schema: vmFileSchema(service),
    prices: (meta, file) => vmPrices(meta, file),
    // Read whole whatever the AWS region: every machine of every region of the file.
    rateDates: (file) =>
      Object.entries(file.regions).flatMap(([region, r]) =>
        Object.entries(r.machines).map(([name, m]) => ({
          name: `${name} (${region})`,
          since: m.unchangedSinceAtLeast?.date ?? null,
        })),
      ),
  });
}
