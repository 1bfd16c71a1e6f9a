import type { Architecture, FileMeta, Price } from '../../engine';
import type { Baseline } from '../capacity/prices';

/** One EC2 instance type: size and on-demand hourly price. */
export type InstanceType = {
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly architecture: Architecture;
  readonly hourly: Price;
  /** T3, T3a, T4g: the CPU baseline the hourly price covers; absent for fixed-performance types. */
  readonly baseline?: Baseline;
};

/** EC2 on-demand Linux prices. */
export type Ec2Prices = {
  readonly meta: FileMeta;
  readonly hoursPerMonth: number;
  readonly instances: Readonly<Record<string, InstanceType>>;
  /** T3/T4g Unlimited: surplus CPU credits, per vCPU-hour above the baseline (Linux). */
  readonly surplusCredit?: Price;
};
