import { describe, expect, it } from 'vitest';
import { evaluateLines } from '../../engine/bill';
import type { ProviderContext } from '../../engine/context';
import { dec } from '../../engine/decimal';
import type { Workload } from '../../engine/model';
import { centsString } from '../../engine/money';
import { resolvePriceBook } from '../../pricing/resolve';
import { testCatalog } from '../../testing/catalog';
import { dynamoDbComponent as kind } from './scenario';
import { readUnitsPerItem, writeUnitsPerItem } from './units';

const catalog = testCatalog();
function ctx(opts: { pricingDate?: string; freeTier?: boolean } = {}): ProviderContext {
  return {
    book: resolvePriceBook(catalog, { pricingDate: opts.pricingDate ?? null, region: 'us-east-1' }),
    workload: {} as Workload, // components read their own settings, never the workload
    options: { freeTier: opts.freeTier ?? false, apiGatewayFreeTier: false },
    path: 'architectures[0].components[0]',
  };
}

function bill(written: Record<string, unknown>, requests: number, opts: Parameters<typeof ctx>[0] = {}) {
  const c = kind.resolve(kind.schema.parse({ id: 'table', kind: 'aws-dynamodb', ...written }));
  const { lines, notes } = kind.model(ctx(opts), c);
  const items = evaluateLines(lines, dec(requests));
  const item = (key: string) => items.find((i) => i.key === key)!;
  return { c, lines, notes, keys: items.map((i) => i.key), item, usd: (key: string) => centsString(item(key).usd) };
}

const issuePath = (written: Record<string, unknown>) =>
  kind.schema.safeParse({ id: 't', kind: 'aws-dynamodb', ...written }).error?.issues[0]?.path;

describe('aws-dynamodb component (on-demand, Standard table class)', () => {
  it('refuses items and units of one direction together, a stream read without a stream, an item over 400 KB', () => {
    expect(issuePath({ perRequest: { writes: 1, writeUnits: 1 } })).toEqual(['perRequest', 'writeUnits']);
    expect(issuePath({ perRequest: { reads: 1, readUnits: 1 } })).toEqual(['perRequest', 'readUnits']);
    expect(issuePath({ perRequest: { streamReads: 1 } })).toEqual(['perRequest', 'streamReads']);
    expect(issuePath({ itemKb: 401 })).toEqual(['itemKb']);
    expect(issuePath({ consistency: 'linearizable' })).toEqual(['consistency']);
  });

  it('derives units as AWS’s own examples do (8 KB reads: 2 strong, 1 eventual; a 3 KB write: 3 WRU)', () => {
    // https://aws.amazon.com/dynamodb/pricing/on-demand/ ("Key terms"): "a strongly consistent read
    // request of an 8 KB item requires two read request units, an eventually consistent read of an
    // 8 KB item requires one"; https://aws.amazon.com/dynamodb/pricing/provisioned/: "a standard
    // write request of a 3 KB item would require three WCUs".
    expect(readUnitsPerItem(8, 'strong').toString()).toBe('2');
    expect(readUnitsPerItem(8, 'eventual').toString()).toBe('1');
    expect(writeUnitsPerItem(3).toString()).toBe('3');
    // Sizes round up to the unit: 1.5 KB → 2 WRU; 3.5 KB eventual → ½ RRU.
    expect(writeUnitsPerItem(1.5).toString()).toBe('2');
    expect(readUnitsPerItem(3.5, 'eventual').toString()).toBe('0.5');
  });

  it('prices derived units and says how they were derived', () => {
    const b = bill({ perRequest: { writes: 2, reads: 4 }, itemKb: 2 }, 1_000_000);
    // 2 writes × 2 WRU = 4 M WRU × $0.625/M; 4 reads × ½ RRU = 2 M RRU × $0.125/M.
    expect(b.keys).toEqual(['ddb-write-units', 'ddb-read-units']);
    expect(b.usd('ddb-write-units')).toBe('2.50');
    expect(b.usd('ddb-read-units')).toBe('0.25');
    expect(b.item('ddb-write-units').trace).toContain('2 writes × 2 WRU (2 KB items, 1 WRU per KB)');
    expect(b.item('ddb-read-units').trace).toContain('½ RRU per 4 KB, eventually consistent');
    expect(b.notes[0]).toContain('= 4 WRU');
  });

  it('takes units given outright, and strong reads cost a whole unit', () => {
    expect(bill({ perRequest: { writeUnits: 3 } }, 1_000_000).usd('ddb-write-units')).toBe('1.88');
    expect(bill({ perRequest: { reads: 1 }, consistency: 'strong' }, 1_000_000).usd('ddb-read-units')).toBe('0.13');
  });

  it('halves on-demand throughput prices from 2024-11-01', () => {
    const before = bill({ perRequest: { writeUnits: 1, readUnits: 1 } }, 1_000_000, { pricingDate: '2024-10-31' });
    expect([before.usd('ddb-write-units'), before.usd('ddb-read-units')]).toEqual(['1.25', '0.25']);
    const after = bill({ perRequest: { writeUnits: 1, readUnits: 1 } }, 1_000_000, { pricingDate: '2024-11-01' });
    expect([after.usd('ddb-write-units'), after.usd('ddb-read-units')]).toEqual(['0.63', '0.13']);
  });

  it('frees the first 25 GB of storage only with the free tier on, in the account-wide pool', () => {
    expect(bill({ storageGb: 100 }, 0).usd('ddb-storage')).toBe('25.00');
    const free = bill({ storageGb: 100 }, 0, { freeTier: true });
    expect(free.usd('ddb-storage')).toBe('18.75');
    expect(free.lines[0]!.kind === 'metered' && free.lines[0]!.pool).toBe('aws-dynamodb:storage:us-east-1');
  });

  it('bills stream reads by non-Lambda consumers after 2.5 M free, and emits one record per item written', () => {
    const w = { perRequest: { writes: 1, streamReads: 1 }, streams: true };
    // 10 M GetRecords − 2.5 M free = 7.5 M × $0.02 per 100,000 = $1.50.
    const b = bill(w, 10_000_000, { freeTier: true });
    expect(b.usd('ddb-stream-reads')).toBe('1.50');
    expect(bill(w, 10_000_000).usd('ddb-stream-reads')).toBe('2.00');
    expect(kind.emits?.(b.c)).toBe(1);
    expect(b.notes.some((n) => n.includes('Lambda triggers are free'))).toBe(true);
  });

  it('emits nothing without a stream; with only write units, records = units ÷ units per item', () => {
    expect(kind.emits?.(bill({ perRequest: { writes: 3 } }, 1).c)).toBe(0);
    expect(kind.emits?.(bill({ perRequest: { writeUnits: 6 }, itemKb: 2, streams: true }, 1).c)).toBe(3);
  });
});
