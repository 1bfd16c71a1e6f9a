import { z } from 'zod/mini';
import { CAPACITY_DEFAULTS, targetUtilization } from '../capacity/scenario';
import { DiscountSchema, Id, Name, hours, integer, nonNegative, present, rpsPerMember } from '../../scenario/fields';
import {
  AWS_SERVER_DEFAULTS,
  FLEET_DEFAULTS,
  awsServerFields,
  eitherCountOrRate,
  pinAwsServerChargesOfV2,
  resolveAwsServerCharges,
} from '../vm-common/scenario';
import { AWS_EC2, type Ec2System } from './kind';
import { EC2_COMMITMENTS } from './prices';

export const Ec2SystemSchema = z
  .strictObject({
    id: Id,
    name: z.optional(Name),
    kind: z.literal(AWS_EC2),
    instanceType: z.string().check(z.regex(/^[a-z0-9]+\.[a-z0-9]+$/, 'must look like "t3.small"')),
    count: z.optional(integer().check(z.refine((n) => n >= 1 && n <= 100_000, 'must be 1–100,000'))),
    minInstances: z.optional(integer().check(z.refine((n) => n >= 0 && n <= 100_000, 'must be 0–100,000'))),
    rpsPerInstance: z.optional(rpsPerMember()),
    targetUtilization: z.optional(targetUtilization()),
    hoursPerMonth: z.optional(hours()),
    loadBalancer: z.optional(z.enum(['none', 'alb'])),
    ...awsServerFields,
    ebsGb: z.optional(
      nonNegative().check(z.refine((n) => n <= 65_536, 'must be at most 65,536 GB (a 64 TiB gp3 volume)')),
    ),
    discount: z.optional(DiscountSchema),
    commitment: z.optional(z.enum(EC2_COMMITMENTS)),
  })
  .check(z.superRefine((s, ctx) => eitherCountOrRate(s.count, s.rpsPerInstance, ctx)));
export type Ec2SystemInput = z.infer<typeof Ec2SystemSchema>;

/** Fills EC2's defaults. */
export function resolveEc2(s: Ec2SystemInput): Ec2System {
  return {
    ...present({ id: s.id, name: s.name, count: s.count, rpsPerInstance: s.rpsPerInstance, discount: s.discount }),
    kind: s.kind,
    instanceType: s.instanceType,
    minInstances: s.minInstances ?? FLEET_DEFAULTS.minInstances,
    targetUtilization: s.targetUtilization ?? CAPACITY_DEFAULTS.targetUtilization,
    hoursPerMonth: s.hoursPerMonth ?? FLEET_DEFAULTS.hoursPerMonth,
    loadBalancer: s.loadBalancer ?? FLEET_DEFAULTS.loadBalancer,
    ...resolveAwsServerCharges(s),
    ebsGb: s.ebsGb ?? AWS_SERVER_DEFAULTS.ebsGb,
    commitment: s.commitment ?? 'on-demand',
  };
}

/** An EC2 system written before scenario schema 3, as it priced then: no public IPv4, no EBS. */
export const pinEc2ChargesOfV2 = (system: Record<string, unknown>) => pinAwsServerChargesOfV2(system, true);
