import type { FileMeta, Price } from '../../engine';

/** EBS root-volume storage per GB-month (the usual root volume type at the file's date), prorated over the month's hours. */
export type EbsPrices = {
  readonly meta: FileMeta;
  /** `gp3` from its launch on; `gp2`, the default before it. */
  readonly volumeType: string;
  readonly gbMonth: Price;
  readonly hoursPerMonth: number;
};
