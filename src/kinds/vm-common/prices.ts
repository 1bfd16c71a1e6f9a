import type { FileMeta, Price, RateSince } from '../../engine';
import type { Baseline } from '../capacity/prices';

/** One VM size of a cloud other than AWS. */
export type VmMachine = {
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly hourly: Price;
  /** Shared-core and B-series machines: the sustained CPU share per vCPU; absent: full vCPUs. */
  readonly baseline?: Baseline;
  /** The hourly rate's earliest date a source shows it, before the file's own date (absent: none sourced). */
  readonly unchangedSinceAtLeast?: RateSince;
};

/** On-demand VM prices by region of that cloud (Compute Engine, Azure VMs). */
export type VmPrices = {
  readonly meta: FileMeta;
  readonly hoursPerMonth: number;
  readonly regions: Readonly<Record<string, Readonly<Record<string, VmMachine>>>>;
};
