import { z } from 'zod';
import { ARCHITECTURES } from '../../engine';
import { DiscountSchema, Id, Name, hours, integer, positive, present, rpsPerMember } from '../../scenario/fields';
import { CAPACITY_DEFAULTS, targetUtilization } from '../capacity/scenario';
import {
  FLEET_DEFAULTS,
  awsServerFields,
  eitherCountOrRate,
  pinAwsServerChargesOfV2,
  resolveAwsServerCharges,
} from '../vm-common/scenario';
import { AWS_FARGATE, type FargateSystem } from './kind';

/** Memory Fargate accepts for each vCPU size (AWS Fargate task size table). */
const FARGATE_MEMORY_GB: Record<number, readonly [number, number]> = {
  0.25: [0.5, 2],
  0.5: [1, 4],
  1: [2, 8],
  2: [4, 16],
  4: [8, 30],
  8: [16, 60],
  16: [32, 120],
};

export const FargateSystemSchema = z
  .strictObject({
    id: Id,
    name: Name.optional(),
    kind: z.literal(AWS_FARGATE),
    vcpu: z.union(
      [z.literal(0.25), z.literal(0.5), z.literal(1), z.literal(2), z.literal(4), z.literal(8), z.literal(16)],
      {
        error: 'must be one of 0.25, 0.5, 1, 2, 4, 8, 16',
      },
    ),
    memoryGb: positive().refine((n) => n <= 120, 'must be at most 120 GB'),
    architecture: z.enum(ARCHITECTURES).optional(),
    tasks: integer()
      .refine((n) => n >= 1 && n <= 100_000, 'must be 1–100,000')
      .optional(),
    minTasks: integer()
      .refine((n) => n >= 0 && n <= 100_000, 'must be 0–100,000')
      .optional(),
    rpsPerTask: rpsPerMember().optional(),
    targetUtilization: targetUtilization().optional(),
    hoursPerMonth: hours().optional(),
    loadBalancer: z.enum(['none', 'alb']).optional(),
    ...awsServerFields,
    discount: DiscountSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const [lo, hi] = FARGATE_MEMORY_GB[s.vcpu] ?? [0, Infinity];
    if (s.memoryGb < lo || s.memoryGb > hi)
      ctx.addIssue({ code: 'custom', path: ['memoryGb'], message: `with ${s.vcpu} vCPU Fargate takes ${lo}–${hi} GB` });
    eitherCountOrRate(s.tasks, s.rpsPerTask, ctx, 'tasks', 'a fixed number of tasks or rpsPerTask');
  });
export type FargateSystemInput = z.infer<typeof FargateSystemSchema>;

/** Fills Fargate's defaults. */
export function resolveFargate(s: FargateSystemInput): FargateSystem {
  return {
    ...present({
      id: s.id,
      name: s.name,
      architecture: s.architecture,
      tasks: s.tasks,
      rpsPerTask: s.rpsPerTask,
      discount: s.discount,
    }),
    kind: s.kind,
    vcpu: s.vcpu,
    memoryGb: s.memoryGb,
    minTasks: s.minTasks ?? FLEET_DEFAULTS.minInstances,
    targetUtilization: s.targetUtilization ?? CAPACITY_DEFAULTS.targetUtilization,
    hoursPerMonth: s.hoursPerMonth ?? FLEET_DEFAULTS.hoursPerMonth,
    loadBalancer: s.loadBalancer ?? FLEET_DEFAULTS.loadBalancer,
    ...resolveAwsServerCharges(s),
  };
}

/** A Fargate system written before scenario schema 3, as it priced then: no public IPv4 (Fargate has no EBS). */
export const pinFargateChargesOfV2 = (system: Record<string, unknown>) => pinAwsServerChargesOfV2(system, false);
