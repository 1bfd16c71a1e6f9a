import { describe, expect, it } from 'vitest';
import type { ProviderContext, Workload } from '../../engine';
import { evaluateLines } from '../../engine/bill';
import { dec } from '../../engine/decimal';
import { centsString } from '../../engine/money';
import { resolvePriceBook } from '../../pricing';
import { testCatalog } from '../../testing/catalog';
import { eventBridgeKind } from './scenario';

const book = resolvePriceBook(testCatalog(), { pricingDate: null, region: 'us-east-1' });
// Component models read their own fields, never the scenario workload.
const ctx: ProviderContext = {
  book,
  workload: {} as Workload,
  options: { freeTier: true, apiGatewayFreeTier: false },
  path: 'components[0]',
};
const bill = (written: Record<string, unknown>, requests: number) => {
  const m = eventBridgeKind.model(ctx, eventBridgeKind.resolve(eventBridgeKind.schema.parse(written)));
  return { ...m, items: evaluateLines(m.lines, dec(requests)) };
};
const bus = { id: 'bus', kind: 'aws-eventbridge', perRequest: { events: 2 } };

describe('EventBridge custom events', () => {
  it('bills $1.00 per million events: 1 M requests × 2 events = $2.00', () => {
    const [events] = bill(bus, 1_000_000).items;
    expect(events!.quantity.toString()).toBe('2000000');
    expect(centsString(events!.usd)).toBe('2.00');
    expect(events!.trace).toContain('1,000,000 requests × 2 events = 2,000,000 events');
  });

  it('meters each 64 KB chunk of a payload as one event: a 100 KB event counts twice', () => {
    const b = bill({ ...bus, eventKb: 100 }, 1_000_000);
    expect(b.items[0]!.quantity.toString()).toBe('4000000');
    expect(b.notes[0]).toContain('2 events (64 KB chunks)');
  });

  it('has no free tier: the perpetual free-tier switch changes nothing', () => {
    expect(centsString(bill(bus, 500_000).items[0]!.usd)).toBe('1.00');
  });

  it('hands each target one event per event published', () => {
    expect(eventBridgeKind.emits!(eventBridgeKind.resolve(eventBridgeKind.schema.parse(bus)))).toBe(2);
  });

  it('refuses an event over 256 KB and a negative volume, naming the field', () => {
    const r = eventBridgeKind.schema.safeParse({ ...bus, eventKb: 300 });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual(['eventKb']);
    const n = eventBridgeKind.schema.safeParse({ ...bus, perRequest: { events: -1 } });
    expect(n.success ? [] : n.error.issues.map((i) => i.path.join('.'))).toEqual(['perRequest.events']);
  });
});
