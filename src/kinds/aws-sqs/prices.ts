import type { Decimal, FileMeta, TieredPrice } from '../../engine';
import type { QueueType } from './kind';

/** SQS request prices of one region, by queue type, through the monthly request tiers. */
export type SqsPrices = {
  readonly meta: FileMeta;
  readonly requests: Readonly<Record<QueueType, readonly TieredPrice[]>>;
  /** Requests free every month (perpetual free tier, per account, all queue types together). */
  readonly freeRequests: Decimal;
  /** KB of payload one request covers. */
  readonly chunkKb: number;
};
