import { type Decimal, ZERO, dec } from '../../engine/decimal';
import { type ProviderContext, requireService } from '../../engine/context';
import { type LineModel, flatTier } from '../../engine/lines';
import { affine, constant } from '../../engine/piecewise';
import type { Price } from '../../engine/pricebook';
import { quantityText } from '../../engine/priceText';
import { DYNAMODB_SERVICE, type DynamoDbComponent } from './kind';
import { type DerivedUnits, readUnits, writeUnits } from './units';

/** A component's lines and notes: the contract's ComponentLines, which this pure file may not import. */
export type ModelLines = { readonly lines: LineModel[]; readonly notes: string[] };

/**
 * A DynamoDB on-demand table's lines: write and read request units in proportion to the entry
 * requests (derived from items where the user thinks in items), storage as a constant, and the
 * stream's read requests by non-Lambda consumers. On-demand units have no free allowance (the
 * free tier's 25 WCU/RCU are provisioned capacity); the perpetual 25 GB of storage and 2.5 M stream
 * reads are account-wide per region, hence their pools, and follow the free-tier switch.
 */
export function dynamoDbModel(ctx: ProviderContext, c: DynamoDbComponent): ModelLines {
  const prices = requireService(ctx, DYNAMODB_SERVICE, `${ctx.path}.kind`);
  const free = ctx.options.freeTier;
  const region = ctx.book.region;
  const w = writeUnits(c);
  const r = readUnits(c);
  const lines: LineModel[] = [];
  if (w.perEntry.gt(0))
    lines.push(unitLine('ddb-write-units', 'DynamoDB write request units', 'WRU', w, prices.writeUnits));
  if (r.perEntry.gt(0))
    lines.push(unitLine('ddb-read-units', 'DynamoDB read request units', 'RRU', r, prices.readUnits));
  if (c.storageGb > 0) {
    lines.push({
      kind: 'metered',
      key: 'ddb-storage',
      label: 'DynamoDB storage',
      unit: 'GB-month',
      quantity: constant(c.storageGb),
      freeUnits: free ? prices.freeTier.storageGb : ZERO,
      tiers: [flatTier(prices.storage)],
      describe: (_r, q) => `${quantityText(q, 'GB-month')} stored`,
      pool: `aws-dynamodb:storage:${region}`,
    });
  }
  if (c.streams && c.perRequest.streamReads > 0) {
    const perEntry = c.perRequest.streamReads;
    lines.push({
      kind: 'metered',
      key: 'ddb-stream-reads',
      label: 'DynamoDB Streams read requests',
      unit: 'stream read request',
      quantity: affine(0, dec(perEntry)),
      freeUnits: free ? prices.freeTier.streamReads : ZERO,
      tiers: [flatTier(prices.streamReads)],
      describe: (rq, q) =>
        `${quantityText(rq, 'entry request')} × ${perEntry} GetRecords calls = ${quantityText(q, 'stream read request')}`,
      pool: `aws-dynamodb:streams:${region}`,
    });
  }
  return { lines, notes: notes(c, w, r) };
}

function unitLine(key: string, label: string, unit: string, u: DerivedUnits, price: Price): LineModel {
  const perEntry: Decimal = u.perEntry;
  return {
    kind: 'metered',
    key,
    label,
    unit,
    quantity: affine(0, perEntry),
    freeUnits: ZERO,
    tiers: [flatTier(price)],
    describe: (rq, q) => `${quantityText(rq, 'entry request')} × ${u.how} = ${quantityText(q, unit)}`,
  };
}

function notes(c: DynamoDbComponent, w: DerivedUnits, r: DerivedUnits): string[] {
  const out = [`DynamoDB ${c.id}: per entry request ${w.how} = ${w.perEntry} WRU; ${r.how} = ${r.perEntry} RRU.`];
  if (c.streams)
    out.push(
      `DynamoDB ${c.id}: stream reads by Lambda triggers are free; only other consumers' GetRecords calls are billed.`,
    );
  return out;
}
