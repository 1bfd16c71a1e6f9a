import { describe, expect, it } from 'vitest';
import type { ProviderContext, Workload } from '../../engine';
import { evaluateLines } from '../../engine/bill';
import { dec } from '../../engine/decimal';
import { centsString } from '../../engine/money';
import { resolvePriceBook } from '../../pricing';
import { testCatalog } from '../../testing/catalog';
import { apiGatewayKind } from './scenario';

const book = resolvePriceBook(testCatalog(), { pricingDate: null, region: 'us-east-1' });
const ctx = (apiGatewayFreeTier: boolean): ProviderContext => ({
  book,
  workload: {} as Workload, // component models read their own fields only
  options: { freeTier: true, apiGatewayFreeTier },
  path: 'components[0]',
});
const resolved = (written: Record<string, unknown>) => apiGatewayKind.resolve(apiGatewayKind.schema.parse(written));
const bill = (written: Record<string, unknown>, requests: number, free = false) => {
  const m = apiGatewayKind.model(ctx(free), resolved(written));
  const items = evaluateLines(m.lines, dec(requests));
  return { ...m, items, item: (key: string) => items.find((i) => i.key === key)! };
};
const issuePaths = (written: Record<string, unknown>) => {
  const r = apiGatewayKind.schema.safeParse(written);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};
const apigw = { id: 'api', kind: 'aws-api-gateway' };

describe('API Gateway HTTP and REST APIs as components', () => {
  it('prices calls through the front door’s tiers: 400 M HTTP calls = 300 M × $1.00 + 100 M × $0.90 = $390.00', () => {
    const b = bill({ ...apigw, perRequest: { calls: 1 } }, 400_000_000);
    expect(b.item('apigw-http-api').tiers.map((t) => centsString(t.usd))).toEqual(['300.00', '90.00']);
    expect(centsString(b.item('apigw-http-api').usd)).toBe('390.00');
  });

  it('meters HTTP API payloads in 512 KB units, as the front-door charge does', () => {
    const b = bill({ ...apigw, perRequest: { calls: 2 }, requestKb: 4608 }, 1_000_000);
    expect(b.item('apigw-http-api').quantity.toString()).toBe('18000000');
    expect(b.item('apigw-http-api').trace).toContain('× 2 calls × 9 (4608 KB metered per 512 KB)');
  });

  it('bills REST calls at $3.50 per million, after the 12-month free million when its switch is on', () => {
    const rest = { ...apigw, api: 'rest', perRequest: { calls: 1 } };
    expect(centsString(bill(rest, 2_000_000).item('apigw-rest-api').usd)).toBe('7.00');
    expect(centsString(bill(rest, 2_000_000, true).item('apigw-rest-api').usd)).toBe('3.50');
    const line = bill(rest, 1).lines[0]!;
    expect(line.kind === 'metered' && line.pool).toBe('aws-api-gateway:rest-api:us-east-1');
  });
});

describe('API Gateway WebSocket APIs', () => {
  const ws = { ...apigw, api: 'websocket', perRequest: { messages: 10, connectionMinutes: 30 } };

  it('bills $1.00 per million messages and $0.25 per million connection minutes', () => {
    // 1 M sessions × 10 messages = 10 M messages = $10.00; × 30 minutes = 30 M minutes = $7.50.
    const b = bill(ws, 1_000_000);
    expect(centsString(b.item('apigw-websocket-messages').usd)).toBe('10.00');
    expect(centsString(b.item('apigw-websocket-minutes').usd)).toBe('7.50');
  });

  it('meters messages in 32 KB units: a 33 KB message counts as two (the pricing page’s own case)', () => {
    const b = bill({ ...ws, messageKb: 33 }, 1_000_000);
    expect(b.item('apigw-websocket-messages').quantity.toString()).toBe('20000000');
    expect(b.notes).toEqual(['Each 33 KB message is metered as 2 messages.']);
  });

  it('drops to $0.80 per million messages above 1 billion', () => {
    const b = bill({ ...ws, perRequest: { messages: 1, connectionMinutes: 0 } }, 1_500_000_000);
    expect(b.item('apigw-websocket-messages').tiers.map((t) => centsString(t.usd))).toEqual(['1000.00', '400.00']);
  });

  it('takes 1 M messages and 750,000 connection minutes off with the 12-month free tier, on pooled lines', () => {
    const b = bill(ws, 1_000_000, true);
    expect(centsString(b.item('apigw-websocket-messages').usd)).toBe('9.00');
    expect(b.item('apigw-websocket-minutes').billableQuantity.toString()).toBe('29250000');
    const pools = b.lines.map((l) => (l.kind === 'metered' ? l.pool : undefined));
    expect(pools).toEqual([
      'aws-api-gateway:websocket-messages:us-east-1',
      'aws-api-gateway:websocket-minutes:us-east-1',
    ]);
  });

  it('hands its integration the messages (HTTP/REST: the calls)', () => {
    expect(apiGatewayKind.emits!(resolved(ws))).toBe(10);
    expect(apiGatewayKind.emits!(resolved({ ...apigw, perRequest: { calls: 3 } }))).toBe(3);
  });
});

describe('the API Gateway component’s schema', () => {
  it('refuses volumes that do not fit the API type, and oversized payloads, naming the field', () => {
    expect(issuePaths({ ...apigw, perRequest: {} })).toEqual(['perRequest.calls']);
    expect(issuePaths({ ...apigw, api: 'websocket', perRequest: { calls: 1 } })).toEqual([
      'perRequest.messages',
      'perRequest.connectionMinutes',
    ]);
    expect(
      issuePaths({ ...apigw, api: 'websocket', perRequest: { messages: 1, connectionMinutes: 1 }, messageKb: 129 }),
    ).toEqual(['messageKb']);
    expect(issuePaths({ ...apigw, api: 'graphql', perRequest: { calls: 1 } })).toEqual(['api']);
  });
});
