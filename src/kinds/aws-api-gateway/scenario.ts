import { z } from 'zod/mini';
import { COMPONENT_BASE, type ComponentKind, perRequestCount } from '../componentKind';
import { AWS_API_GATEWAY, type ApiGatewayComponent } from './kind';
import { apiGatewayModel } from './model';

/** Defaults of absent fields: an HTTP API, small payloads (one metering unit each). */
export const API_GATEWAY_DEFAULTS = { api: 'http', requestKb: 1, messageKb: 1 } as const;

export const ApiGatewayComponentSchema = z
  .strictObject({
    ...COMPONENT_BASE,
    kind: z.literal(AWS_API_GATEWAY),
    api: z.optional(z.enum(['http', 'rest', 'websocket'])),
    perRequest: z.strictObject({
      calls: z.optional(perRequestCount),
      messages: z.optional(perRequestCount),
      connectionMinutes: z.optional(perRequestCount),
    }),
    // 10 MB: the largest HTTP/REST payload API Gateway accepts; 128 KB the largest WebSocket message.
    requestKb: z.optional(z.number().check(z.positive(), z.lte(10_240))),
    messageKb: z.optional(z.number().check(z.positive(), z.lte(128))),
  })
  .check(
    z.superRefine((w, ctx) => {
      const p = w.perRequest;
      const missing = (key: keyof typeof p, message: string) =>
        p[key] === undefined && ctx.addIssue({ code: 'custom', path: ['perRequest', key], message });
      if ((w.api ?? API_GATEWAY_DEFAULTS.api) === 'websocket') {
        missing('messages', 'a WebSocket API needs its messages per request');
        missing('connectionMinutes', 'a WebSocket API needs its connection minutes per request');
      } else missing('calls', 'an HTTP or REST API needs its calls per request');
    }),
  );
export type ApiGatewayComponentInput = z.infer<typeof ApiGatewayComponentSchema>;

/** Fills an API's defaults. */
export function resolveApiGateway(w: ApiGatewayComponentInput): ApiGatewayComponent {
  const base = { id: w.id, name: w.name ?? w.id, kind: w.kind, triggeredBy: w.triggeredBy ?? null };
  const api = w.api ?? API_GATEWAY_DEFAULTS.api;
  if (api === 'websocket')
    return {
      ...base,
      api,
      messagesPerRequest: w.perRequest.messages ?? 0,
      connectionMinutesPerRequest: w.perRequest.connectionMinutes ?? 0,
      messageKb: w.messageKb ?? API_GATEWAY_DEFAULTS.messageKb,
    };
  const requestKb = w.requestKb ?? API_GATEWAY_DEFAULTS.requestKb;
  return { ...base, api, callsPerRequest: w.perRequest.calls ?? 0, requestKb };
}

/** The API Gateway component kind: the architecture's front door, handing each call (or message) on. */
export const apiGatewayKind: ComponentKind<ApiGatewayComponentInput, ApiGatewayComponent> = {
  kind: AWS_API_GATEWAY,
  schema: ApiGatewayComponentSchema,
  resolve: resolveApiGateway,
  model: apiGatewayModel,
  // Each call reaches the integration once; a WebSocket API hands on the messages clients send.
  emits: (c) => (c.api === 'websocket' ? c.messagesPerRequest : c.callsPerRequest),
};
