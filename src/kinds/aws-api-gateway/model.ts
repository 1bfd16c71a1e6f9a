import { type ProviderContext, requireBillingModel, requireService } from '../../engine/context';
import { ZERO, dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { type LineModel, flatTier } from '../../engine/lines';
import { affine } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import type { ComponentLines } from '../componentTypes';
import { apiRequestsLine } from './charge';
import { API_GATEWAY_SERVICE, AWS_API_GATEWAY, type ApiGatewayComponent } from './kind';

type WebSocketApi = Extract<ApiGatewayComponent, { api: 'websocket' }>;

/**
 * An API's bill in an architecture. HTTP and REST: the front door's requests line (same tiers,
 * 512 KB metering and free-tier switch), pooled per API type and region. WebSocket: messages in
 * 32 KB units through their tiers, and connection minutes, both pooled per account and region.
 */
export function apiGatewayModel(ctx: ProviderContext, c: ApiGatewayComponent): ComponentLines {
  if (c.api === 'websocket') return webSocketModel(ctx, c);
  const api = c.api === 'http' ? 'http-api' : 'rest-api';
  const line = apiRequestsLine(ctx, api, {
    requestKb: c.requestKb,
    callsPerRequest: c.callsPerRequest,
    field: `${ctx.path}.perRequest.calls`,
    pool: `${AWS_API_GATEWAY}:${api}:${ctx.book.region}`,
  });
  return { lines: [line], notes: [] };
}

function webSocketModel(ctx: ProviderContext, c: WebSocketApi): ComponentLines {
  const field = `${ctx.path}.perRequest.messages`;
  const file = requireService(ctx, API_GATEWAY_SERVICE, field);
  requireBillingModel(ctx, file.meta, 'websocket', field);
  const ws = file.websocket;
  if (!ws) throw new EngineError(field, `no WebSocket API prices for ${ctx.book.region} as of ${ctx.book.pricingDate}`);
  const units = Math.max(1, Math.ceil(c.messageKb / ws.messageMeteringKb));
  const free = ctx.options.apiGatewayFreeTier;
  const region = ctx.book.region;
  const messages: LineModel = {
    kind: 'metered',
    key: 'apigw-websocket-messages',
    label: 'API Gateway WebSocket messages',
    unit: 'message',
    quantity: affine(0, dec(c.messagesPerRequest).times(units)),
    freeUnits: free ? ws.freeMessages : ZERO,
    tiers: ws.messages,
    describe: (r, q) =>
      `${quantityText(r, 'request')} × ${c.messagesPerRequest} messages` +
      (units > 1 ? ` × ${units} (${c.messageKb} KB in ${ws.messageMeteringKb} KB units)` : '') +
      ` = ${quantityText(q, 'message')}`,
    pool: `${AWS_API_GATEWAY}:websocket-messages:${region}`,
  };
  const minutes: LineModel = {
    kind: 'metered',
    key: 'apigw-websocket-minutes',
    label: 'API Gateway WebSocket connection minutes',
    unit: 'connection-minute',
    quantity: affine(0, c.connectionMinutesPerRequest),
    freeUnits: free ? ws.freeConnectionMinutes : ZERO,
    tiers: [flatTier(ws.connectionMinutes)],
    describe: (r, q) =>
      `${quantityText(r, 'request')} × ${c.connectionMinutesPerRequest} minutes = ${quantityText(q, 'connection-minute')}`,
    pool: `${AWS_API_GATEWAY}:websocket-minutes:${region}`,
  };
  const notes = units > 1 ? [`Each ${c.messageKb} KB message is metered as ${units} messages.`] : [];
  return { lines: [messages, minutes], notes };
}
