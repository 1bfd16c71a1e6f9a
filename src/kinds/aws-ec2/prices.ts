import type { Architecture, FileMeta, Price, RateSince } from '../../engine';
import type { Baseline } from '../capacity/prices';

/**
 * How the instance-hours are bought: on demand, or a Reserved Instance (no upfront: billed every hour
 * of the term, at the sourced rate for the instance type). Savings Plans rates are not sourced yet.
 */
export const EC2_COMMITMENTS = [
  'on-demand',
  'ri-standard-1yr',
  'ri-standard-3yr',
  'ri-convertible-1yr',
  'ri-convertible-3yr',
] as const;
export type Ec2Commitment = (typeof EC2_COMMITMENTS)[number];
/** A commitment other than on demand: its rate is per instance type, in the pricing file. */
export type Ec2Reservation = Exclude<Ec2Commitment, 'on-demand'>;

/** One EC2 instance type: size and on-demand hourly price. */
export type InstanceType = {
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly architecture: Architecture;
  readonly hourly: Price;
  /** T3, T3a, T4g: the CPU baseline the hourly price covers; absent for fixed-performance types. */
  readonly baseline?: Baseline;
  /** No-upfront Reserved Instance rates, where a source gives them (absent: none sourced). */
  readonly reserved: Readonly<Partial<Record<Ec2Reservation, Price>>>;
  /** The on-demand rate's earliest date a source shows it, before the file's own date (absent: none sourced). */
  readonly unchangedSinceAtLeast?: RateSince;
};

/** EC2 on-demand Linux prices. */
export type Ec2Prices = {
  readonly meta: FileMeta;
  readonly hoursPerMonth: number;
  readonly instances: Readonly<Record<string, InstanceType>>;
  /** T3/T4g Unlimited: surplus CPU credits, per vCPU-hour above the baseline (Linux). */
  readonly surplusCredit?: Price;
};
