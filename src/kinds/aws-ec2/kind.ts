import type { Discount, ServiceKey } from '../../engine';
import type { Ec2Commitment, Ec2Prices } from './prices';

/** The kind's id: in scenarios, links, pricing files (`service`) and every registry. */
export const AWS_EC2 = 'aws-ec2';
export const EC2_SERVICE: ServiceKey<Ec2Prices> = AWS_EC2;

/** EC2 on-demand instances, fixed or sized from traffic, optionally behind an ALB. */
export type Ec2System = {
  readonly id: string;
  readonly name?: string;
  readonly kind: typeof AWS_EC2;
  readonly instanceType: string;
  /** A fixed fleet; when absent the fleet is sized from traffic (`rpsPerInstance`, else the capacity model). */
  readonly count?: number;
  readonly minInstances: number;
  /** Pins the capacity; when absent it comes from the workload (src/kinds/capacity). */
  readonly rpsPerInstance?: number;
  /** Share of the vCPUs kept busy at peak by the capacity model. */
  readonly targetUtilization: number;
  readonly hoursPerMonth: number;
  readonly loadBalancer: 'none' | 'alb';
  /** Public IPv4 addresses per instance. */
  readonly publicIpv4: number;
  /** gp3 GB per instance (root volume); 0: none. */
  readonly ebsGb: number;
  /** The ALB's Availability Zones, and its public IPv4 addresses per AZ (1 internet-facing, 0 internal). */
  readonly azs: number;
  readonly albPublicIpv4: number;
  /** Listener rules each request is evaluated against (the first 10 are free). */
  readonly albRules: number;
  /** NAT gateways of its private subnets (opt-in), and the KB each request sends and receives through them. */
  readonly natGateways: number;
  readonly natKbPerRequest: number;
  readonly discount?: Discount;
  /** On demand (the default) or a no-upfront Reserved Instance rate sourced for the instance type. */
  readonly commitment: Ec2Commitment;
};
