import type { Decimal, FileMeta, Price } from '../../engine';

/** DynamoDB on-demand prices of one region (Standard table class) and its perpetual free allowances. */
export type DynamoDbPrices = {
  readonly meta: FileMeta;
  readonly writeUnits: Price;
  readonly readUnits: Price;
  readonly storage: Price;
  readonly streamReads: Price;
  /** Free every month in the perpetual free tier, per account and region. */
  readonly freeTier: { readonly storageGb: Decimal; readonly streamReads: Decimal };
};
