import { ZERO, dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import type { LineModel } from '../../engine/lines';
import { affine } from '../../engine/piecewise';
import type { Charge } from '../kindModel';
import { API_GATEWAY_SERVICE, AWS_API_GATEWAY } from './kind';
import type { ApiType } from './prices';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, requireBillingModel, requireService } from '../../engine/context';

const LABELS: Record<ApiType, string> = {
  'http-api': 'API Gateway HTTP API requests',
  'rest-api': 'API Gateway REST API requests',
};

/**
 * API Gateway requests through their volume tiers. HTTP APIs meter each request in 512 KB
 * increments (a 4.5 MB upload counts as 9 requests); the free tier is the 12-month one for new
 * accounts, so it has its own switch.
 */
export const apiGatewayCharge: Charge = {
  id: AWS_API_GATEWAY,
  lines: (ctx, attach) =>
    attach.frontDoor
      ? [
          apiRequestsLine(ctx, attach.frontDoor, {
            requestKb: ctx.workload.requestKb,
            callsPerRequest: 1,
            field: `${ctx.path}.frontDoor`,
          }),
        ]
      : [],
};

/** How an API's calls are counted: KB per call, calls per entry request, the field they came from. */
export type ApiCalls = {
  readonly requestKb: number;
  readonly callsPerRequest: number;
  readonly field: string;
  /** Set by architectures: the account's tiers and free tier are shared by its APIs of one type. */
  readonly pool?: string;
};

/**
 * The requests line of an HTTP or REST API: calls × their 512 KB metering (HTTP APIs only) through
 * the tiers, after the 12-month free tier when its switch is on. Shared by the front-door charge
 * and the architecture component.
 */
export function apiRequestsLine(ctx: ProviderContext, api: ApiType, calls: ApiCalls): LineModel {
  const prices = requireService(ctx, API_GATEWAY_SERVICE, calls.field);
  requireBillingModel(ctx, prices.meta, api, calls.field);
  const tiers = prices.requests[api];
  if (!tiers) throw new EngineError(calls.field, `no ${api} prices in ${prices.meta.id}`);
  const meteringKb = prices.rules.httpApiMeteringKb;
  const meteredPerCall = api === 'http-api' ? dec(Math.max(1, Math.ceil(calls.requestKb / meteringKb))) : dec(1);
  const perRequest = meteredPerCall.times(calls.callsPerRequest);
  const free = ctx.options.apiGatewayFreeTier ? (prices.rules.freeTierRequests[api] ?? ZERO) : ZERO;
  const calledText = (r: ReturnType<typeof dec>) =>
    calls.callsPerRequest === 1
      ? quantityText(r, 'request')
      : `${quantityText(r, 'request')} × ${calls.callsPerRequest} calls`;
  return {
    kind: 'metered',
    key: `apigw-${api}`,
    label: LABELS[api],
    unit: 'request',
    quantity: affine(0, perRequest),
    freeUnits: free,
    tiers,
    describe: (r, q) =>
      perRequest.eq(1)
        ? quantityText(q, 'request')
        : meteredPerCall.eq(1)
          ? `${calledText(r)} = ${quantityText(q, 'request')}`
          : `${calledText(r)} × ${meteredPerCall.toString()} (${calls.requestKb} KB metered per ${meteringKb} KB) = ${quantityText(q, 'request')}`,
    // One account's APIs of a type share the volume tiers and the free tier (pooled in architectures).
    pool: calls.pool ?? `${AWS_API_GATEWAY}:${api}:${ctx.book.region}`,
  };
}
