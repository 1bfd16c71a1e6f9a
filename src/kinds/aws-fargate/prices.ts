import type { Architecture, FileMeta, Price } from '../../engine';

/** Windows/X86 Fargate: vCPU, the OS licence per vCPU, and memory (quoted per second, as the page's example does). */
export type FargateWindowsPrices = {
  readonly vcpuSecond: Price;
  readonly osLicenseVcpuSecond: Price;
  readonly gbSecond: Price;
};

/** AWS Fargate per-hour Linux prices by architecture, plus Windows and ephemeral storage where the file has them. */
export type FargatePrices = {
  readonly meta: FileMeta;
  readonly vcpuHourly: Readonly<Partial<Record<Architecture, Price>>>;
  readonly gbHourly: Readonly<Partial<Record<Architecture, Price>>>;
  readonly windows?: FargateWindowsPrices;
  /** Ephemeral storage above the included GB, per GB-second. */
  readonly ephemeralGbSecond?: Price;
  readonly rules: {
    readonly minimumBilledSeconds: number;
    readonly windowsMinimumBilledSeconds?: number | undefined;
    readonly includedEphemeralGb: number;
    readonly maxEphemeralGb?: number | undefined;
  };
};
