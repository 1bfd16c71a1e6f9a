import { z } from 'zod/mini';
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
import { AWS_FARGATE, FARGATE_OS, type FargateSystem } from './kind';

/** Ephemeral storage every task has without paying for it (and the default). */
export const FARGATE_INCLUDED_EPHEMERAL_GB = 20;

/** Memory Fargate accepts for each vCPU size, GB (the ECS task-size table; 32 vCPU from the pricing page). */
const FARGATE_MEMORY_GB: Readonly<Record<number, readonly number[]>> = {
  0.25: [0.5, 1, 2],
  0.5: steps(1, 4, 1),
  1: steps(2, 8, 1),
  2: steps(4, 16, 1),
  4: steps(8, 30, 1),
  8: steps(16, 60, 4),
  16: steps(32, 120, 8),
  32: [60, 120, 244],
};
/** Task sizes Windows runs on (the ECS table: 1, 2 and 4 vCPU). */
const WINDOWS_VCPUS: readonly number[] = [1, 2, 4];

function steps(from: number, to: number, step: number): number[] {
  return Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);
}

/** "1–4 GB in 1 GB steps" or "60, 120 or 244 GB". */
function memoryText(allowed: readonly number[]): string {
  const [lo, hi, second] = [allowed[0], allowed[allowed.length - 1], allowed[1]];
  if (allowed.length > 3 && lo !== undefined && second !== undefined)
    return `${lo}–${hi} GB in ${second - lo} GB steps`;
  return `${allowed.slice(0, -1).join(', ')} or ${hi} GB`;
}

export const FargateSystemSchema = z
  .strictObject({
    id: Id,
    name: z.optional(Name),
    kind: z.literal(AWS_FARGATE),
    vcpu: z.union(
      [
        z.literal(0.25),
        z.literal(0.5),
        z.literal(1),
        z.literal(2),
        z.literal(4),
        z.literal(8),
        z.literal(16),
        z.literal(32),
      ],
      { error: 'must be one of 0.25, 0.5, 1, 2, 4, 8, 16, 32' },
    ),
    memoryGb: positive().check(z.refine((n) => n <= 244, 'must be at most 244 GB')),
    architecture: z.optional(z.enum(ARCHITECTURES)),
    os: z.optional(z.enum(FARGATE_OS)),
    ephemeralStorageGb: z.optional(
      integer().check(z.refine((n) => n >= 20 && n <= 200, 'must be 20–200 GB (20 GB is included)')),
    ),
    runsPerMonth: z.optional(integer().check(z.refine((n) => n >= 1 && n <= 10_000_000, 'must be 1–10,000,000'))),
    tasks: z.optional(integer().check(z.refine((n) => n >= 1 && n <= 100_000, 'must be 1–100,000'))),
    minTasks: z.optional(integer().check(z.refine((n) => n >= 0 && n <= 100_000, 'must be 0–100,000'))),
    rpsPerTask: z.optional(rpsPerMember()),
    targetUtilization: z.optional(targetUtilization()),
    hoursPerMonth: z.optional(hours()),
    loadBalancer: z.optional(z.enum(['none', 'alb'])),
    ...awsServerFields,
    discount: z.optional(DiscountSchema),
  })
  .check(
    z.superRefine((s, ctx) => {
      const allowed = FARGATE_MEMORY_GB[s.vcpu] ?? [];
      if (!allowed.includes(s.memoryGb))
        ctx.addIssue({
          code: 'custom',
          path: ['memoryGb'],
          message: `with ${s.vcpu} vCPU Fargate takes ${memoryText(allowed)}`,
        });
      if (s.os === 'windows') {
        if (!WINDOWS_VCPUS.includes(s.vcpu))
          ctx.addIssue({ code: 'custom', path: ['vcpu'], message: 'Windows on Fargate takes 1, 2 or 4 vCPU' });
        if (s.architecture === 'arm64')
          ctx.addIssue({ code: 'custom', path: ['architecture'], message: 'Windows on Fargate runs on x86_64 only' });
      }
      eitherCountOrRate(s.tasks, s.rpsPerTask, ctx, 'tasks', 'a fixed number of tasks or rpsPerTask');
    }),
  );
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
      runsPerMonth: s.runsPerMonth,
      discount: s.discount,
    }),
    kind: s.kind,
    vcpu: s.vcpu,
    memoryGb: s.memoryGb,
    os: s.os ?? 'linux',
    ephemeralStorageGb: s.ephemeralStorageGb ?? FARGATE_INCLUDED_EPHEMERAL_GB,
    minTasks: s.minTasks ?? FLEET_DEFAULTS.minInstances,
    targetUtilization: s.targetUtilization ?? CAPACITY_DEFAULTS.targetUtilization,
    hoursPerMonth: s.hoursPerMonth ?? FLEET_DEFAULTS.hoursPerMonth,
    loadBalancer: s.loadBalancer ?? FLEET_DEFAULTS.loadBalancer,
    ...resolveAwsServerCharges(s),
  };
}

/** A Fargate system written before scenario schema 3, as it priced then: no public IPv4 (Fargate has no EBS). */
export const pinFargateChargesOfV2 = (system: Record<string, unknown>) => pinAwsServerChargesOfV2(system, false);
