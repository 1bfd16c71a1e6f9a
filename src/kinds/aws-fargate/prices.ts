import type { Architecture, FileMeta, Price } from '../../engine';

/** AWS Fargate (Linux) per-hour prices by architecture. */
export type FargatePrices = {
  readonly meta: FileMeta;
  readonly vcpuHourly: Readonly<Partial<Record<Architecture, Price>>>;
  readonly gbHourly: Readonly<Partial<Record<Architecture, Price>>>;
  readonly rules: { readonly minimumBilledSeconds: number; readonly includedEphemeralGb: number };
};
