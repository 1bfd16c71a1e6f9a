import { z } from 'zod/mini';
import { ARCHITECTURES, type FileMeta } from '../../engine';
import { EC2_COMMITMENTS, type Ec2Prices, type Ec2Reservation } from './prices';
import { FileHeaderSchema, PriceSchema, toPrice, serviceFormat, PositiveNumber } from '../../pricing/common';
import { AWS_EC2, EC2_SERVICE } from './kind';
import { BaselineSchema, toBaseline } from '../capacity/pricingFile';
import { RateSinceSchema, toRateSince } from '../../pricing/rateSince';

const EC2_RESERVATIONS = EC2_COMMITMENTS.filter((c): c is Ec2Reservation => c !== 'on-demand');

const Instance = z.strictObject({
  vcpu: PositiveNumber,
  memoryGib: PositiveNumber,
  architecture: z.enum(ARCHITECTURES),
  hourly: PriceSchema,
  burstable: z.optional(BaselineSchema),
  /** No-upfront Reserved Instance rates by offering and term, each with its own source. */
  reserved: z.optional(z.partialRecord(z.enum(EC2_RESERVATIONS), PriceSchema)),
  /** The on-demand rate's own earliest date a source shows it (the file is dated when recorded). */
  unchangedSinceAtLeast: z.optional(RateSinceSchema),
});

export const AwsEc2File = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_EC2),
  rules: z.strictObject({ hoursPerMonth: PositiveNumber }),
  regions: z.record(
    z.string(),
    z.strictObject({
      instances: z.record(z.string().check(z.regex(/^[a-z0-9]+\.[a-z0-9]+$/)), Instance),
      surplusCredit: z.optional(PriceSchema),
    }),
  ),
});
export type AwsEc2File = z.infer<typeof AwsEc2File>;

/** EC2 prices of one region of a validated file. */
export function ec2Prices(meta: FileMeta, file: AwsEc2File, region: string): Ec2Prices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  const instances = Object.fromEntries(
    Object.entries(r.instances).map(([name, i]) => [
      name,
      {
        name,
        vcpu: i.vcpu,
        memoryGib: i.memoryGib,
        architecture: i.architecture,
        hourly: toPrice(meta, i.hourly),
        ...(i.burstable ? { baseline: toBaseline(meta, i.burstable) } : {}),
        ...(i.unchangedSinceAtLeast
          ? { unchangedSinceAtLeast: toRateSince(meta, i.unchangedSinceAtLeast, `${name} ${region}`) }
          : {}),
        reserved: Object.fromEntries(Object.entries(i.reserved ?? {}).map(([k, p]) => [k, toPrice(meta, p)])),
      },
    ]),
  );
  return {
    meta,
    hoursPerMonth: file.rules.hoursPerMonth,
    instances,
    ...(r.surplusCredit ? { surplusCredit: toPrice(meta, r.surplusCredit) } : {}),
  };
}

/** How aws-ec2 pricing files are validated and read. */
export const ec2PricingFile = serviceFormat({
  service: EC2_SERVICE,
  name: 'Amazon EC2',
  schema: AwsEc2File,
  prices: ec2Prices,
  rateDates: (file, region) =>
    Object.entries(file.regions[region]?.instances ?? {}).map(([name, i]) => ({
      name,
      since: i.unchangedSinceAtLeast?.date ?? null,
    })),
});
