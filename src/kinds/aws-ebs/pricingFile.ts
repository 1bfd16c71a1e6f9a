import { z } from 'zod/mini';
import type { FileMeta } from '../../engine';
import { FileHeaderSchema, PriceSchema, serviceFormat, toPrice, PositiveNumber } from '../../pricing/common';
import { AWS_EBS, EBS_SERVICE } from './kind';
import type { EbsPrices } from './prices';

export const AwsEbsFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_EBS),
  rules: z.strictObject({ volumeType: z.enum(['gp2', 'gp3']), hoursPerMonth: PositiveNumber }),
  regions: z.record(z.string(), z.strictObject({ gbMonth: PriceSchema })),
});
export type AwsEbsFile = z.infer<typeof AwsEbsFile>;

/** EBS prices of one region of a validated file. */
export function ebsPrices(meta: FileMeta, file: AwsEbsFile, region: string): EbsPrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return {
    meta,
    volumeType: file.rules.volumeType,
    gbMonth: toPrice(meta, r.gbMonth),
    hoursPerMonth: file.rules.hoursPerMonth,
  };
}

/** How aws-ebs pricing files are validated and read. */
export const ebsPricingFile = serviceFormat({
  service: EBS_SERVICE,
  name: 'Amazon EBS',
  schema: AwsEbsFile,
  prices: ebsPrices,
});
