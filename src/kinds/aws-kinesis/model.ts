import { type ProviderContext, requireService } from '../../engine/context';
import { type Decimal, ZERO, dec } from '../../engine/decimal';
import { type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import type { Price } from '../../engine/pricebook';
import { type Piecewise, affine, constant } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import type { ComponentLines } from '../componentTypes';
import { KINESIS_SERVICE, type KinesisComponent } from './kind';
import type { KinesisPrices } from './prices';

/** 1 GB = 1024² KB, as the project counts data everywhere. */
const KB_PER_GB = 1024 * 1024;

/** Record chunks of `chunkKb` a record of `recordKb` is metered as (at least one). */
export function recordChunks(recordKb: number, chunkKb: number): number {
  return Math.max(1, Math.ceil(recordKb / chunkKb));
}

/**
 * A data stream's bill. Provisioned: its shards' hours (constant, whatever the traffic) and a PUT
 * payload unit per 25 KB of each record. On-demand: the stream's hours, and GB written (records
 * rounded up to 1 KB) and read by each consumer. No free tier, flat rates: no pools.
 */
export function kinesisModel(ctx: ProviderContext, c: KinesisComponent): ComponentLines {
  const prices = requireService(ctx, KINESIS_SERVICE, `${ctx.path}.mode`);
  return c.mode === 'provisioned' ? provisioned(prices, c) : onDemand(prices, c);
}

function line(
  key: string,
  label: string,
  unit: string,
  quantity: Piecewise,
  price: Price,
  describe: (r: Decimal, q: Decimal) => string,
): LineModel {
  return { kind: 'metered', key, label, unit, quantity, freeUnits: ZERO, tiers: [flatTier(price)], describe };
}

function provisioned(prices: KinesisPrices, c: KinesisComponent): ComponentLines {
  const unitKb = prices.rules.putPayloadUnitKb;
  const units = recordChunks(c.recordKb, unitKb);
  const hours = dec(c.shards).times(c.hoursPerMonth);
  return {
    lines: [
      line(
        'kinesis-shard-hours',
        'Kinesis shard hours',
        'shard-hour',
        constant(hours),
        prices.shardHour,
        (_r, q) => `${quantityText(dec(c.shards), 'shard')} × ${c.hoursPerMonth} h = ${quantityText(q, 'shard-hour')}`,
      ),
      line(
        'kinesis-put-units',
        'Kinesis PUT payload units',
        'PUT payload unit',
        affine(0, dec(c.recordsPerRequest).times(units)),
        prices.putPayloadUnits,
        (r, q) =>
          `${quantityText(r.times(c.recordsPerRequest), 'record')} × ${units} (${c.recordKb} KB in ${unitKb} KB units) = ${quantityText(q, 'PUT payload unit')}`,
      ),
    ],
    notes: [`Each ${c.recordKb} KB record is ${units} PUT payload unit${units === 1 ? '' : 's'} (${unitKb} KB each).`],
  };
}

function onDemand(prices: KinesisPrices, c: KinesisComponent): ComponentLines {
  const roundKb = prices.rules.onDemandRecordRoundingKb;
  const billedKb = recordChunks(c.recordKb, roundKb) * roundKb;
  const gbPerRequest = dec(c.recordsPerRequest).times(billedKb).div(KB_PER_GB);
  const hours = dec(c.streams).times(c.hoursPerMonth);
  const written = (r: Decimal) => `${quantityText(r.times(c.recordsPerRequest), 'record')} × ${billedKb} KB / 1024²`;
  const lines = [
    line(
      'kinesis-stream-hours',
      'Kinesis on-demand stream hours',
      'stream-hour',
      constant(hours),
      prices.onDemandStreamHour,
      (_r, q) => `${quantityText(dec(c.streams), 'stream')} × ${c.hoursPerMonth} h = ${quantityText(q, 'stream-hour')}`,
    ),
    line(
      'kinesis-data-in',
      'Kinesis on-demand data written',
      'GB',
      affine(0, gbPerRequest),
      prices.onDemandDataInGb,
      (r, q) => `${written(r)} = ${formatQuantity(q, 4)} GB`,
    ),
  ];
  if (c.consumers > 0)
    lines.push(
      line(
        'kinesis-data-out',
        'Kinesis on-demand data read',
        'GB',
        affine(0, gbPerRequest.times(c.consumers)),
        prices.onDemandDataOutGb,
        (r, q) => `${written(r)} × ${c.consumers} consumer${c.consumers === 1 ? '' : 's'} = ${formatQuantity(q, 4)} GB`,
      ),
    );
  const notes = billedKb === c.recordKb ? [] : [`Each ${c.recordKb} KB record is billed as ${billedKb} KB written.`];
  return { lines, notes };
}
