import { z } from 'zod';
import { ARCHITECTURES, type Ec2Prices, type FileMeta } from '../../engine';
import { FileHeaderSchema, PriceSchema, toPrice } from '../common';

const Instance = z.strictObject({
  vcpu: z.number().positive(),
  memoryGib: z.number().positive(),
  architecture: z.enum(ARCHITECTURES),
  hourly: PriceSchema,
});

export const AwsEc2File = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal('aws-ec2'),
  rules: z.strictObject({ hoursPerMonth: z.number().positive() }),
  regions: z.record(z.string(), z.strictObject({ instances: z.record(z.string().regex(/^[a-z0-9]+\.[a-z0-9]+$/), Instance) })),
});
export type AwsEc2File = z.infer<typeof AwsEc2File>;

/** EC2 prices of one region of a validated file. */
export function ec2Prices(meta: FileMeta, file: AwsEc2File, region: string): Ec2Prices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  const instances = Object.fromEntries(
    Object.entries(r.instances).map(([name, i]) => [name, { name, vcpu: i.vcpu, memoryGib: i.memoryGib, architecture: i.architecture, hourly: toPrice(meta, i.hourly) }]),
  );
  return { meta, hoursPerMonth: file.rules.hoursPerMonth, instances };
}
