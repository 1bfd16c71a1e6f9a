import { ZERO, dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import type { LineModel } from '../../engine/lines';
import { affine } from '../../engine/piecewise';
import type { Charge } from '../kindModel';
import { API_GATEWAY_SERVICE, AWS_API_GATEWAY } from './kind';
import type { ApiType } from './prices';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, requireService } from '../../engine/context';

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
  lines: (ctx, attach) => (attach.frontDoor ? apiGatewayLines(ctx, attach.frontDoor) : []),
};

function apiGatewayLines(ctx: ProviderContext, api: ApiType): LineModel[] {
  const prices = requireService(ctx, API_GATEWAY_SERVICE, `${ctx.path}.frontDoor`);
  const tiers = prices.requests[api];
  if (!tiers) throw new EngineError(`${ctx.path}.frontDoor`, `no ${api} prices in ${prices.meta.id}`);
  const meteredPerRequest =
    api === 'http-api' ? dec(Math.max(1, Math.ceil(ctx.workload.requestKb / prices.rules.httpApiMeteringKb))) : dec(1);
  const free = ctx.options.apiGatewayFreeTier ? (prices.rules.freeTierRequests[api] ?? ZERO) : ZERO;
  return [
    {
      kind: 'metered',
      key: `apigw-${api}`,
      label: LABELS[api],
      unit: 'request',
      quantity: affine(0, meteredPerRequest),
      freeUnits: free,
      tiers,
      // One account's APIs of a type share the volume tiers and the free tier.
      pool: `${AWS_API_GATEWAY}:${api}:${ctx.book.region}`,
      describe: (r, q) =>
        meteredPerRequest.eq(1)
          ? quantityText(q, 'request')
          : `${quantityText(r, 'request')} × ${meteredPerRequest.toString()} (${ctx.workload.requestKb} KB metered per ${prices.rules.httpApiMeteringKb} KB) = ${quantityText(q, 'request')}`,
    },
  ];
}
