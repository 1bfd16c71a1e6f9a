import type { Architecture, FileMeta, Price } from '../../engine';

/** One EC2 instance type: size and on-demand hourly price. */
export type InstanceType = {
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly architecture: Architecture;
  readonly hourly: Price;
};

/** EC2 on-demand Linux prices. */
export type Ec2Prices = {
  readonly meta: FileMeta;
  readonly hoursPerMonth: number;
  readonly instances: Readonly<Record<string, InstanceType>>;
};
