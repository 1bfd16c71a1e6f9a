import type { Decimal, FileMeta, Price } from '../../engine';
import type { LogClass } from './kind';

/** CloudWatch Logs prices: ingestion per GB by log class, archived storage per GB-month, the free GB. */
export type CloudWatchLogsPrices = {
  readonly meta: FileMeta;
  readonly ingest: Readonly<Record<LogClass, Price>>;
  readonly storage: Price;
  readonly rules: { readonly freeTierGb: Decimal };
};
