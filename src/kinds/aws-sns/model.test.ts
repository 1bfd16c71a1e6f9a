import { describe, expect, it } from 'vitest';
import { evaluateLines } from '../../engine/bill';
import type { ProviderContext } from '../../engine/context';
import { dec } from '../../engine/decimal';
import type { Workload } from '../../engine/model';
import { centsString } from '../../engine/money';
import { resolvePriceBook } from '../../pricing/resolve';
import { testCatalog } from '../../testing/catalog';
import { snsComponent as kind } from './scenario';

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
  const c = kind.resolve(kind.schema.parse({ id: 'topic', kind: 'aws-sns', ...written }));
  const { lines, notes } = kind.model(ctx(freeTier), c);
  const items = evaluateLines(lines, dec(requests));
  const item = (key: string) => items.find((i) => i.key === key)!;
  const pool = (key: string) => {
    const l = lines.find((x) => x.key === key);
    return l?.kind === 'metered' ? l.pool : undefined;
  };
  return { c, notes, keys: items.map((i) => i.key), item, pool, usd: (k: string) => centsString(item(k).usd) };
}

const issuePath = (written: Record<string, unknown>) =>
  kind.schema.safeParse({ id: 't', kind: 'aws-sns', ...written }).error?.issues[0]?.path;

describe('aws-sns component (standard topic)', () => {
  it('refuses fractional subscribers, an unknown protocol, a message over 256 KB, naming the field', () => {
    expect(issuePath({ subscribers: 1.5 })?.[0]).toBe('subscribers');
    expect(issuePath({ subscribers: { sms: 1 } })?.[0]).toBe('subscribers');
    expect(issuePath({ messageKb: 300 })).toEqual(['messageKb']);
    expect(issuePath({ perRequest: { pushDeliveries: 1 } })?.[0]).toBe('perRequest');
  });

  it('derives Lambda deliveries from a bare subscriber count: the fan-out to four functions, at $0', () => {
    const b = bill({ perRequest: { publishes: 1 }, subscribers: 4 }, 1_000_000);
    expect(b.keys).toEqual(['sns-publishes', 'sns-lambda-deliveries']);
    expect(b.usd('sns-publishes')).toBe('0.50');
    expect(b.item('sns-lambda-deliveries').quantity.toString()).toBe('4000000');
    expect(b.usd('sns-lambda-deliveries')).toBe('0.00');
    expect(b.item('sns-lambda-deliveries').trace).toContain('1 publishes × 4 lambda subscribers');
    // Each of the four functions receives every publish once.
    expect(kind.emits?.(b.c)).toBe(1);
  });

  it('prices HTTP/S at $0.60 per million and email at $2.00 per 100,000, per protocol subscriber counts', () => {
    const b = bill({ perRequest: { publishes: 1 }, subscribers: { sqs: 2, http: 1, email: 1 } }, 1_000_000);
    expect(b.keys).toEqual(['sns-publishes', 'sns-sqs-deliveries', 'sns-http-deliveries', 'sns-email-deliveries']);
    expect(b.usd('sns-sqs-deliveries')).toBe('0.00');
    expect(b.usd('sns-http-deliveries')).toBe('0.60');
    expect(b.usd('sns-email-deliveries')).toBe('20.00');
  });

  it('applies the free allowances only with the free tier on, each in its account-wide pool', () => {
    const w = { perRequest: { publishes: 1, httpDeliveries: 1, emailDeliveries: 0.01 } };
    const b = bill(w, 2_000_000, true);
    expect(b.usd('sns-publishes')).toBe('0.50'); // 2 M − 1 M free
    expect(b.usd('sns-http-deliveries')).toBe('1.14'); // 1.9 M × $0.60/M
    expect(b.usd('sns-email-deliveries')).toBe('0.38'); // (20,000 − 1,000) × $2/100,000
    expect(b.pool('sns-publishes')).toBe('aws-sns:publishes:us-east-1');
    expect(b.pool('sns-http-deliveries')).toBe('aws-sns:deliveries:http:us-east-1');
    expect(b.pool('sns-email-deliveries')).toBe('aws-sns:deliveries:email:us-east-1');
    expect(bill(w, 2_000_000).usd('sns-publishes')).toBe('1.00');
  });

  it('counts every started 64 KB of a message as one publish and one delivery, but emits whole messages', () => {
    // SNS pricing page: "a single API call with a 256KB payload will be billed as four requests" and
    // "a single notification with a 256KB payload will be billed as four deliveries".
    const b = bill({ perRequest: { publishes: 1 }, subscribers: { lambda: 1, http: 1 }, messageKb: 256 }, 1_000_000);
    expect(b.item('sns-publishes').quantity.toString()).toBe('4000000');
    expect(b.item('sns-http-deliveries').quantity.toString()).toBe('4000000');
    expect(b.usd('sns-http-deliveries')).toBe('2.40');
    expect(b.notes[0]).toContain('1 publishes × 4 (256 KB messages, 1 per 64 KB)');
    expect(kind.emits?.(b.c)).toBe(1);
  });

  it('lets an explicit delivery count win over the subscriber shortcut, and shares it among subscribers', () => {
    const b = bill({ perRequest: { publishes: 1, lambdaDeliveries: 6 }, subscribers: 3 }, 1);
    expect(b.item('sns-lambda-deliveries').quantity.toString()).toBe('6');
    expect(kind.emits?.(b.c)).toBe(2);
    expect(kind.emits?.(bill({ perRequest: { lambdaDeliveries: 5 } }, 1).c)).toBe(5);
  });
});
