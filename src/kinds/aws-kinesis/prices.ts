import type { FileMeta, Price } from '../../engine';

/** The capacity modes of a stream. */
export const STREAM_MODES = ['provisioned', 'on-demand'] as const;
export type StreamMode = (typeof STREAM_MODES)[number];

/** Kinesis Data Streams prices: provisioned shard hours and PUT payload units; on-demand stream hours and GB. */
export type KinesisPrices = {
  readonly meta: FileMeta;
  readonly shardHour: Price;
  readonly putPayloadUnits: Price;
  readonly onDemandStreamHour: Price;
  readonly onDemandDataInGb: Price;
  readonly onDemandDataOutGb: Price;
  readonly rules: {
    /** A record's PUT payload units: one per this many KB (25). */
    readonly putPayloadUnitKb: number;
    /** On-demand data written: each record rounded up to this many KB (1). */
    readonly onDemandRecordRoundingKb: number;
  };
};
