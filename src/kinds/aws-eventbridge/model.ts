import { type ProviderContext, requireService } from '../../engine/context';
import { ZERO, dec } from '../../engine/decimal';
import { flatTier } from '../../engine/lines';
import { affine } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import type { ComponentLines } from '../componentTypes';
import { type EventBridgeComponent, EVENTBRIDGE_SERVICE } from './kind';

/**
 * An event bus's bill: every custom event published, each 64 KB chunk of its payload counted as
 * one event. No free allowance and one flat rate, so the line needs no account pool.
 */
export function eventBridgeModel(ctx: ProviderContext, c: EventBridgeComponent): ComponentLines {
  const prices = requireService(ctx, EVENTBRIDGE_SERVICE, `${ctx.path}.perRequest.events`);
  const chunkKb = prices.rules.eventChunkKb;
  const chunks = Math.max(1, Math.ceil(c.eventKb / chunkKb));
  const perRequest = dec(c.eventsPerRequest).times(chunks);
  const notes = chunks > 1 ? [`Each ${c.eventKb} KB event is metered as ${chunks} events (${chunkKb} KB chunks).`] : [];
  return {
    lines: [
      {
        kind: 'metered',
        key: 'eventbridge-events',
        label: 'EventBridge custom events',
        unit: 'event',
        quantity: affine(0, perRequest),
        freeUnits: ZERO,
        tiers: [flatTier(prices.customEvents)],
        describe: (r, q) =>
          `${quantityText(r, 'request')} × ${c.eventsPerRequest} event${c.eventsPerRequest === 1 ? '' : 's'}` +
          (chunks > 1 ? ` × ${chunks} chunks of ${chunkKb} KB` : '') +
          ` = ${quantityText(q, 'event')}`,
      },
    ],
    notes,
  };
}
