import { describe, expect, it } from 'vitest';
import { evaluateLines } from '../../engine/bill';
import type { ProviderContext } from '../../engine/context';
import { dec } from '../../engine/decimal';
import type { Workload } from '../../engine/model';
import { centsString } from '../../engine/money';
import { resolvePriceBook } from '../../pricing/resolve';
import { testCatalog } from '../../testing/catalog';
import { sqsComponent as kind } from './scenario';

const catalog = testCatalog();
function ctx(freeTier = false): ProviderContext {
  return {
    book: resolvePriceBook(catalog, { pricingDate: null, region: 'us-east-1' }),
    workload: {} as Workload, // components read their own settings, never the workload
    options: { freeTier, apiGatewayFreeTier: false },
    path: 'architectures[0].components[0]',
  };
}

function bill(written: Record<string, unknown>, requests: number, freeTier = false) {
  const c = kind.resolve(kind.schema.parse({ id: 'queue', kind: 'aws-sqs', ...written }));
  const { lines, notes } = kind.model(ctx(freeTier), c);
  const [item] = evaluateLines(lines, dec(requests));
  return { c, lines, notes, item: item!, usd: centsString(item!.usd) };
}

const issuePath = (written: Record<string, unknown>) =>
  kind.schema.safeParse({ id: 'q', kind: 'aws-sqs', ...written }).error?.issues[0]?.path;

describe('aws-sqs component', () => {
  it('refuses an unknown queue type, a batch over 10, a message over 1 MiB, fewer than one request per message', () => {
    expect(issuePath({ queue: 'priority' })).toEqual(['queue']);
    expect(issuePath({ batchSize: 11 })).toEqual(['batchSize']);
    expect(issuePath({ batchSize: 2.5 })).toEqual(['batchSize']);
    expect(issuePath({ messageKb: 2048 })).toEqual(['messageKb']);
    expect(issuePath({ requestsPerMessage: 0.5 })).toEqual(['requestsPerMessage']);
    expect(issuePath({ perRequest: { messages: -1 } })).toEqual(['perRequest', 'messages']);
  });

  it('derives send + receive + delete = 3 requests per 1 KB message by default, and says so', () => {
    const b = bill({ perRequest: { messages: 1 } }, 1_000_000);
    expect(b.item.quantity.toString()).toBe('3000000');
    expect(b.usd).toBe('1.20');
    expect(b.item.trace).toContain('1 messages × 1 × (1 send + 2 receive/delete ÷ batch 1)');
  });

  it('counts every started 64 KB as a request and shares receive/delete calls by the batch', () => {
    // 200 KB → 4 chunks; batch 10: 4 × (1 + 2/10) = 4.8 requests per message.
    const b = bill({ perRequest: { messages: 1 }, messageKb: 200, batchSize: 10 }, 1_000_000);
    expect(b.item.quantity.toString()).toBe('4800000');
    expect(b.usd).toBe('1.92');
  });

  // Known answer: https://aws.amazon.com/sqs/pricing/ — "an API action with a 256 KB payload is billed
  // as 4 requests" (quoted in copies of the page).
  it('bills a single 256 KB send as 4 requests, as the pricing page’s example says', () => {
    const b = bill({ perRequest: { messages: 1 }, messageKb: 256, requestsPerMessage: 1 }, 1);
    expect(b.item.quantity.toString()).toBe('4');
  });

  it('prices FIFO at $0.50 per million and takes requests given outright', () => {
    expect(bill({ queue: 'fifo', perRequest: { requests: 2 } }, 1_000_000).usd).toBe('1.00');
  });

  it('frees the first million only with the free tier on, in a pool per queue type and region', () => {
    const free = bill({ perRequest: { requests: 3 } }, 1_000_000, true);
    expect(free.usd).toBe('0.80');
    expect(free.lines[0]!.kind === 'metered' && free.lines[0]!.pool).toBe('aws-sqs:requests:standard:us-east-1');
    const fifo = bill({ queue: 'fifo', perRequest: { requests: 1 } }, 1, true);
    expect(fifo.lines[0]!.kind === 'metered' && fifo.lines[0]!.pool).toBe('aws-sqs:requests:fifo:us-east-1');
  });

  it('goes down the standard tiers past 100 B requests a month', () => {
    // 150 B requests: 100 B × $0.40/M + 50 B × $0.30/M = $40,000 + $15,000.
    expect(bill({ perRequest: { requests: 1 } }, 150_000_000_000).usd).toBe('55000.00');
  });

  it('emits the messages a triggered function receives, inferred from requests when only they are given', () => {
    expect(kind.emits?.(bill({ perRequest: { messages: 2 } }, 1).c)).toBe(2);
    expect(kind.emits?.(bill({ perRequest: { requests: 6 } }, 1).c)).toBe(2);
    expect(kind.emits?.(bill({ perRequest: { requests: 12 }, batchSize: 2 }, 1).c)).toBe(6);
  });

  it('has no line without volumes', () => {
    expect(kind.model(ctx(), kind.resolve(kind.schema.parse({ id: 'q', kind: 'aws-sqs' }))).lines).toEqual([]);
  });
});
