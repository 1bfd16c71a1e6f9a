import { z } from 'zod';
import { DiscountSchema, Id, Name, hours, integer, present, rpsPerMember } from '../../scenario/fields';
import { CAPACITY_DEFAULTS, targetUtilization } from '../capacity/scenario';
import type { CloudVmSystem } from './kind';

/** Defaults every always-on fleet shares (EC2, Fargate, Compute Engine, Azure VMs). */
export const FLEET_DEFAULTS = { minInstances: 1, hoursPerMonth: 730, loadBalancer: 'none' } as const;

/** A fleet is either pinned (`count`) or sized from traffic (`rpsPerInstance`), never both. */
export function eitherCountOrRate(
  count: number | undefined,
  rps: number | undefined,
  ctx: z.RefinementCtx,
  field = 'count',
  what = 'a fixed count or rpsPerInstance',
): void {
  if (count !== undefined && rps !== undefined)
    ctx.addIssue({ code: 'custom', path: [field], message: `give either ${what}, not both` });
}

/** The scenario schema of an always-on VM kind of another cloud, with that cloud's region names. */
export function cloudVmSchema<K extends string>(kind: K, region: z.ZodString) {
  return z
    .strictObject({
      id: Id,
      name: Name.optional(),
      kind: z.literal(kind),
      region: region.optional(),
      machineType: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be a machine type like e2-small or B1s'),
      count: integer()
        .refine((n) => n >= 1 && n <= 100_000, 'must be 1–100,000')
        .optional(),
      minInstances: integer()
        .refine((n) => n >= 0 && n <= 100_000, 'must be 0–100,000')
        .optional(),
      rpsPerInstance: rpsPerMember().optional(),
      targetUtilization: targetUtilization().optional(),
      hoursPerMonth: hours().optional(),
      discount: DiscountSchema.optional(),
    })
    .superRefine((s, ctx) => eitherCountOrRate(s.count, s.rpsPerInstance, ctx));
}

type CloudVmInput<K extends string> = z.infer<ReturnType<typeof cloudVmSchema<K>>>;

/** Fills a VM kind's defaults; `defaultRegion` is its cloud's. */
export function resolveCloudVm<K extends string>(s: CloudVmInput<K>, defaultRegion: string): CloudVmSystem<K> {
  return {
    ...present({ id: s.id, name: s.name, discount: s.discount, count: s.count, rpsPerInstance: s.rpsPerInstance }),
    kind: s.kind,
    region: s.region ?? defaultRegion,
    machineType: s.machineType,
    minInstances: s.minInstances ?? FLEET_DEFAULTS.minInstances,
    targetUtilization: s.targetUtilization ?? CAPACITY_DEFAULTS.targetUtilization,
    hoursPerMonth: s.hoursPerMonth ?? FLEET_DEFAULTS.hoursPerMonth,
  };
}
