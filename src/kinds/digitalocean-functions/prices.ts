import type { Decimal, FileMeta, Price } from '../../engine';

/** DigitalOcean Functions: one global GiB-second rate after a monthly allowance per account. */
export type DigitalOceanFunctionsPrices = {
  readonly meta: FileMeta;
  readonly gibSecond: Price;
  readonly rules: {
    readonly freeGibSeconds: Decimal;
    readonly minDurationMs: number;
    readonly minMemoryMb: number;
    readonly maxMemoryMb: number;
  };
};
