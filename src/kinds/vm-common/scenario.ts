import { z } from 'zod/mini';
import { DiscountSchema, Id, Name, hours, integer, nonNegative, present, rpsPerMember } from '../../scenario/fields';
import { CAPACITY_DEFAULTS, targetUtilization } from '../capacity/scenario';
import type { CloudVmSystem } from './kind';

/** Defaults every always-on fleet shares (EC2, Fargate, Compute Engine, Azure VMs). */
export const FLEET_DEFAULTS = { minInstances: 1, hoursPerMonth: 730, loadBalancer: 'none' } as const;

/** A fleet is either pinned (`count`) or sized from traffic (`rpsPerInstance`), never both. */
export function eitherCountOrRate(
  count: number | undefined,
  rps: number | undefined,
  ctx: z.core.$RefinementCtx,
  field = 'count',
  what = 'a fixed count or rpsPerInstance',
): void {
  if (count !== undefined && rps !== undefined)
    ctx.addIssue({ code: 'custom', path: [field], message: `give either ${what}, not both` });
}

/** The scenario schema of an always-on VM kind of another cloud, with that cloud's region names. */
export function cloudVmSchema<K extends string>(kind: K, region: z.ZodMiniString) {
  return z
    .strictObject({
      id: Id,
      name: z.optional(Name),
      kind: z.literal(kind),
      region: z.optional(region),
      machineType: z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be a machine type like e2-small or B1s')),
      count: z.optional(integer().check(z.refine((n) => n >= 1 && n <= 100_000, 'must be 1–100,000'))),
      minInstances: z.optional(integer().check(z.refine((n) => n >= 0 && n <= 100_000, 'must be 0–100,000'))),
      rpsPerInstance: z.optional(rpsPerMember()),
      targetUtilization: z.optional(targetUtilization()),
      hoursPerMonth: z.optional(hours()),
      discount: z.optional(DiscountSchema),
    })
    .check(z.superRefine((s, ctx) => eitherCountOrRate(s.count, s.rpsPerInstance, ctx)));
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

/**
 * Defaults of the charges around an AWS server (EC2, Fargate), scenario schema 3 on: one public IPv4
 * address per instance or task unless a load balancer is in front; the ALB in 2 AZs, internet-facing
 * (one address per AZ); an 8 GB gp3 root volume per EC2 instance.
 */
export const AWS_SERVER_DEFAULTS = {
  publicIpv4: 1,
  publicIpv4BehindLoadBalancer: 0,
  azs: 2,
  albPublicIpv4: 1,
  /** The listener's default rule: well within the 10 free. */
  albRules: 1,
  /** NAT gateways are an opt-in: most servers in these comparisons sit in public subnets. */
  natGateways: 0,
  natKbPerRequest: 0,
  ebsGb: 8,
} as const;

/** The scenario fields of the charges around an AWS server (EC2, Fargate). */
export const awsServerFields = {
  publicIpv4: z.optional(integer().check(z.refine((n) => n >= 0 && n <= 16, 'must be 0–16 addresses'))),
  azs: z.optional(
    integer().check(z.refine((n) => n >= 2 && n <= 16, 'must be 2–16 Availability Zones (an ALB spans at least 2)')),
  ),
  albPublicIpv4: z.optional(
    integer().check(
      z.refine((n) => n === 0 || n === 1, 'must be 1 (internet-facing: one address per AZ) or 0 (internal)'),
    ),
  ),
  albRules: z.optional(
    integer().check(
      z.refine((n) => n >= 1 && n <= 100, 'must be 1–100 listener rules (an ALB allows 100 per listener)'),
    ),
  ),
  natGateways: z.optional(
    integer().check(z.refine((n) => n >= 0 && n <= 16, 'must be 0–16 NAT gateways (one per AZ is usual)')),
  ),
  natKbPerRequest: z.optional(nonNegative().check(z.refine((n) => n <= 10 * 1024 * 1024, 'must be at most 10 GB'))),
};

/** The charges' fields of a server with every default filled in. */
export type AwsServerCharges = {
  readonly publicIpv4: number;
  readonly azs: number;
  readonly albPublicIpv4: number;
  readonly albRules: number;
  readonly natGateways: number;
  readonly natKbPerRequest: number;
};

/** Fills the charges' defaults: no public address per member behind a load balancer. */
export function resolveAwsServerCharges(s: {
  publicIpv4?: number | undefined;
  azs?: number | undefined;
  albPublicIpv4?: number | undefined;
  albRules?: number | undefined;
  natGateways?: number | undefined;
  natKbPerRequest?: number | undefined;
  loadBalancer?: 'none' | 'alb' | undefined;
}): AwsServerCharges {
  const d = AWS_SERVER_DEFAULTS;
  return {
    publicIpv4: s.publicIpv4 ?? (s.loadBalancer === 'alb' ? d.publicIpv4BehindLoadBalancer : d.publicIpv4),
    azs: s.azs ?? d.azs,
    albPublicIpv4: s.albPublicIpv4 ?? d.albPublicIpv4,
    albRules: s.albRules ?? d.albRules,
    natGateways: s.natGateways ?? d.natGateways,
    natKbPerRequest: s.natKbPerRequest ?? d.natKbPerRequest,
  };
}

/**
 * What a server written before scenario schema 3 priced: no public IPv4 (on it or its load
 * balancer) and no EBS. Migrating 2 → 3 writes these where absent, so an old link or file shows
 * the same figures (a field given anyway is kept, and validated as version 3 reads it).
 */
export function pinAwsServerChargesOfV2(system: Record<string, unknown>, ebs: boolean): Record<string, unknown> {
  return {
    publicIpv4: 0,
    ...(ebs ? { ebsGb: 0 } : {}),
    ...(system['loadBalancer'] === 'alb' ? { albPublicIpv4: 0 } : {}),
    ...system,
  };
}
