import { describe, expect, it } from 'vitest';
import { evaluateLines } from '../../engine/bill';
import type { ProviderContext } from '../../engine/context';
import { dec } from '../../engine/decimal';
import type { Workload } from '../../engine/model';
import { centsString } from '../../engine/money';
import { resolvePriceBook } from '../../pricing/resolve';
import { testCatalog } from '../../testing/catalog';
import { s3Component } from './scenario';

const catalog = testCatalog();
const ctx: ProviderContext = {
  book: resolvePriceBook(catalog, { pricingDate: null, region: 'us-east-1' }),
  workload: {} as Workload, // components read their own settings, never the workload
  options: { freeTier: true, apiGatewayFreeTier: false },
  path: 'architectures[0].components[0]',
};

function bill(written: Record<string, unknown>, requests: number) {
  const c = s3Component.resolve(s3Component.schema.parse({ id: 'bucket', kind: 'aws-s3', ...written }));
  const { lines, notes } = s3Component.model(ctx, c);
  const items = evaluateLines(lines, dec(requests));
  const usd = (key: string) => centsString(items.find((i) => i.key === key)!.usd);
  return { c, lines, notes, items, usd, keys: items.map((i) => i.key) };
}

describe('aws-s3 component', () => {
  it('refuses a negative volume and an unknown field, naming them', () => {
    const neg = s3Component.schema.safeParse({ id: 'b', kind: 'aws-s3', perRequest: { puts: -1 } });
    expect(neg.error?.issues[0]?.path).toEqual(['perRequest', 'puts']);
    const typo = s3Component.schema.safeParse({ id: 'b', kind: 'aws-s3', storageGB: 5 });
    expect(typo.error?.issues[0]?.code).toBe('unrecognized_keys');
    const big = s3Component.schema.safeParse({ id: 'b', kind: 'aws-s3', storageGb: 2e9 });
    expect(big.error?.issues[0]?.path).toEqual(['storageGb']);
  });

  it('defaults to nothing: no volumes, no lines', () => {
    expect(bill({}, 1_000_000).keys).toEqual([]);
  });

  it('prices PUTs at $0.005 and GETs at $0.0004 per 1,000, proportional to entry requests', () => {
    const b = bill({ perRequest: { puts: 1, gets: 2 } }, 1_000_000);
    expect(b.keys).toEqual(['s3-puts', 's3-gets']);
    expect(b.usd('s3-puts')).toBe('5.00');
    expect(b.usd('s3-gets')).toBe('0.80');
    expect(b.items[1]!.trace).toContain('1,000,000 entry requests × 2 = 2,000,000 requests');
  });

  it('holds storage as a constant line in the account-wide storage pool, free tier or not', () => {
    const b = bill({ storageGb: 100 }, 0);
    expect(b.usd('s3-storage')).toBe('2.30');
    expect(b.lines[0]!.kind === 'metered' && b.lines[0]!.pool).toBe('aws-s3:storage:standard:us-east-1');
  });

  // Golden: the S3 FAQ's storage example, https://aws.amazon.com/s3/faqs/ ("How much does Amazon S3
  // cost?"), read in verbatim copies: 100 GB for 15 days and 100 TB for 16 days of March = 52,900
  // GB-months; "50 TB Tier: 51,200 GB x $0.023 = $1,177.60; 50 TB to 450 TB Tier: 1,700 GB x $0.022
  // = $37.40; Total Storage cost = $1,215.00".
  it('reproduces the S3 FAQ storage example: 52,900 GB-months = $1,215.00', () => {
    const b = bill({ storageGb: 52_900 }, 0);
    expect(b.items[0]!.tiers.map((t) => [t.quantity.toString(), centsString(t.usd)])).toEqual([
      ['51200', '1177.60'],
      ['1700', '37.40'],
    ]);
    expect(b.usd('s3-storage')).toBe('1215.00');
  });

  // Golden: the S3 FAQ's request example, same page: 10,000 files in and 20,000 out each day of
  // March = 310,000 PUTs "x $0.005/1,000 = $1.55" and 620,000 GETs "x $0.004/10,000 = $0.25".
  it('reproduces the S3 FAQ request example: 310,000 PUTs = $1.55, 620,000 GETs = $0.25', () => {
    const b = bill({ perRequest: { puts: 1, gets: 2 } }, 310_000);
    expect(b.usd('s3-puts')).toBe('1.55');
    expect(b.usd('s3-gets')).toBe('0.25');
  });

  it('reaches the third tier above 500 TB (512,000 GB)', () => {
    // 51,200 × 0.023 + 460,800 × 0.022 + 88,000 × 0.021 = 1,177.60 + 10,137.60 + 1,848.00
    expect(bill({ storageGb: 600_000 }, 0).usd('s3-storage')).toBe('13163.20');
  });

  it('emits one object-created event per PUT for the functions it triggers', () => {
    const { c } = bill({ perRequest: { puts: 3 } }, 1);
    expect(s3Component.emits?.(c)).toBe(3);
  });
});
