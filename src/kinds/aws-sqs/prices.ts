import type { Decimal, FileMeta, TieredPrice } from '../../engine';

/** SQS queue types; each has its own rates and tiers. */
export const QUEUE_TYPES = ['standard', 'fifo'] as const;
export type QueueType = (typeof QUEUE_TYPES)[number];

/** SQS request prices of one region, by queue type, through the monthly request tiers. */
export type SqsPrices = {
  readonly meta: FileMeta;
  readonly requests: Readonly<Record<QueueType, readonly TieredPrice[]>>;
  /** Requests free every month (perpetual free tier, per account, all queue types together). */
  readonly freeRequests: Decimal;
  /** KB of payload one request covers. */
  readonly chunkKb: number;
};
