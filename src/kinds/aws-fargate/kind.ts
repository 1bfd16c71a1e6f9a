import type { Architecture, Discount, ServiceKey } from '../../engine';
import type { FargatePrices } from './prices';

/** The kind's id: in scenarios, links, pricing files (`service`) and every registry. */
export const AWS_FARGATE = 'aws-fargate';
export const FARGATE_SERVICE: ServiceKey<FargatePrices> = AWS_FARGATE;

/** The operating systems Fargate runs (Windows: ECS only, x86_64, 1–4 vCPU). */
export const FARGATE_OS = ['linux', 'windows'] as const;
export type FargateOs = (typeof FARGATE_OS)[number];

/** AWS Fargate tasks (Linux or Windows), fixed or sized from traffic, optionally behind an ALB. */
export type FargateSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: typeof AWS_FARGATE;
  readonly vcpu: number;
  readonly memoryGb: number;
  readonly architecture?: Architecture;
  readonly os: FargateOs;
  /** Ephemeral storage per task, GB (20 included; up to 200). */
  readonly ephemeralStorageGb: number;
  /** Runs of each task a month, each billed at least the minimum (1 minute; Windows 5); absent: one. */
  readonly runsPerMonth?: number;
  readonly tasks?: number;
  readonly minTasks: number;
  readonly rpsPerTask?: number;
  /** Share of the vCPUs kept busy at peak by the capacity model (when neither tasks nor rpsPerTask is given). */
  readonly targetUtilization: number;
  readonly hoursPerMonth: number;
  readonly loadBalancer: 'none' | 'alb';
  /** Public IPv4 addresses per task (awsvpc with a public IP). */
  readonly publicIpv4: number;
  /** The ALB's Availability Zones, and its public IPv4 addresses per AZ (1 internet-facing, 0 internal). */
  readonly azs: number;
  readonly albPublicIpv4: number;
  /** Listener rules each request is evaluated against (the first 10 are free). */
  readonly albRules: number;
  /** NAT gateways of its private subnets (opt-in), and the KB each request sends and receives through them. */
  readonly natGateways: number;
  readonly natKbPerRequest: number;
  readonly discount?: Discount;
};
