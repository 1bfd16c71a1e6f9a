import { describe, expect, it } from 'vitest';
import type { ProviderContext, Workload } from '../../engine';
import { evaluateLines } from '../../engine/bill';
import { dec } from '../../engine/decimal';
import { centsString } from '../../engine/money';
import { resolvePriceBook } from '../../pricing';
import { testCatalog } from '../../testing/catalog';
import { recordChunks } from './model';
import { kinesisKind } from './scenario';

const book = resolvePriceBook(testCatalog(), { pricingDate: null, region: 'us-east-1' });
const ctx: ProviderContext = {
  book,
  workload: {} as Workload, // component models read their own fields only
  options: { freeTier: true, apiGatewayFreeTier: false },
  path: 'components[0]',
};
const resolved = (written: Record<string, unknown>) => kinesisKind.resolve(kinesisKind.schema.parse(written));
const bill = (written: Record<string, unknown>, requests: number) => {
  const m = kinesisKind.model(ctx, resolved(written));
  const items = evaluateLines(m.lines, dec(requests));
  return { ...m, items, item: (key: string) => items.find((i) => i.key === key)! };
};
const stream = { id: 'clicks', kind: 'aws-kinesis', perRequest: { records: 1 } };

describe('Kinesis Data Streams, provisioned', () => {
  it('bills every shard all month: 2 shards × 730 h × $0.015 = $21.90, whatever the traffic', () => {
    for (const r of [0, 1_000_000]) {
      expect(centsString(bill({ ...stream, shards: 2 }, r).item('kinesis-shard-hours').usd)).toBe('21.90');
    }
  });

  it('counts PUT payload units in 25 KB chunks: 10 M records of 35 KB = 20 M units × $0.014/M = $0.28', () => {
    const b = bill({ ...stream, recordKb: 35 }, 10_000_000);
    expect(b.item('kinesis-put-units').quantity.toString()).toBe('20000000');
    expect(centsString(b.item('kinesis-put-units').usd)).toBe('0.28');
    expect(b.notes[0]).toBe('Each 35 KB record is 2 PUT payload units (25 KB each).');
  });

  // https://aws.amazon.com/kinesis/pricing/ (earlier copy): "a 5KB record contains one PUT Payload Unit,
  // a 45KB record contains two PUT Payload Units, and a 1MB record contains 40 PUT Payload Units".
  it('matches the pricing page’s PUT payload unit examples: 5 KB → 1, 45 KB → 2, 1 MB → 40', () => {
    expect([5, 45, 1000].map((kb) => recordChunks(kb, 25))).toEqual([1, 2, 40]);
  });
});

describe('Kinesis Data Streams, on-demand', () => {
  const onDemand = { ...stream, mode: 'on-demand', recordKb: 4.5, consumers: 2 };

  it('bills the stream’s hours, GB written (records rounded up to 1 KB) and GB read by each consumer', () => {
    // 1,048,576 records × 5 KB (4.5 KB rounded up, as the page's example) = 5 GB written, 10 GB read.
    const b = bill(onDemand, 1024 * 1024);
    expect(centsString(b.item('kinesis-stream-hours').usd)).toBe('29.20');
    expect(b.item('kinesis-data-in').quantity.toString()).toBe('5');
    expect(centsString(b.item('kinesis-data-in').usd)).toBe('0.40');
    expect(b.item('kinesis-data-out').quantity.toString()).toBe('10');
    expect(centsString(b.item('kinesis-data-out').usd)).toBe('0.40');
    expect(b.notes[0]).toBe('Each 4.5 KB record is billed as 5 KB written.');
  });

  it('prints no read line when nothing consumes the stream', () => {
    expect(bill({ ...onDemand, consumers: 0 }, 1000).items.map((i) => i.key)).toEqual([
      'kinesis-stream-hours',
      'kinesis-data-in',
    ]);
  });
});

describe('the Kinesis component', () => {
  it('hands each consumer every record', () => {
    expect(kinesisKind.emits!(resolved({ ...stream, perRequest: { records: 3 } }))).toBe(3);
  });

  it('refuses a fractional shard count and a record over 1 MB, naming the field', () => {
    for (const [bad, path] of [
      [{ shards: 1.5 }, 'shards'],
      [{ recordKb: 2048 }, 'recordKb'],
      [{ mode: 'serverless' }, 'mode'],
    ] as const) {
      const r = kinesisKind.schema.safeParse({ ...stream, ...bad });
      expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual([path]);
    }
  });
});
