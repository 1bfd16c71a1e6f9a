import type { Decimal, FileMeta, Price } from '../../engine';

/** The log classes: Standard, and Infrequent Access (half the ingestion price, fewer features). */
export const LOG_CLASSES = ['standard', 'infrequent-access'] as const;
export type LogClass = (typeof LOG_CLASSES)[number];

/** CloudWatch Logs prices: ingestion per GB by log class, archived storage per GB-month, the free GB. */
export type CloudWatchLogsPrices = {
  readonly meta: FileMeta;
  readonly ingest: Readonly<Record<LogClass, Price>>;
  readonly storage: Price;
  readonly rules: { readonly freeTierGb: Decimal };
};
