import type { Discount } from '../../engine';

/** An always-on VM fleet on Google Compute Engine or Azure, sized like `aws-ec2`. */
export type CloudVmSystem<K extends string = string> = {
  readonly id: string;
  readonly name?: string;
  /** The VM kind: `gcp-compute` or `azure-vm` (each kind's home names its own). */
  readonly kind: K;
  readonly region: string;
  /** `e2-small`, `B1s`… */
  readonly machineType: string;
  readonly count?: number;
  readonly minInstances: number;
  readonly rpsPerInstance?: number;
  /** Share of the vCPUs kept busy at peak by the capacity model (when neither count nor rpsPerInstance is given). */
  readonly targetUtilization: number;
  readonly hoursPerMonth: number;
  readonly discount?: Discount;
};
