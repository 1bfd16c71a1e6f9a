import { ZERO, dec } from '../decimal';
import { EngineError } from '../errors';
import type { LineModel } from '../lines';
import { affine } from '../piecewise';
import type { ApiType } from '../pricebook';
import { quantityText } from '../priceText';
import { type ProviderContext, requireService } from './context';

const LABELS: Record<ApiType, string> = { 'http-api': 'API Gateway HTTP API requests', 'rest-api': 'API Gateway REST API requests' };

/**
 * API Gateway requests through their volume tiers. HTTP APIs meter each request in 512 KB
 * increments (a 4.5 MB upload counts as 9 requests); the free tier is the 12-month one for new
 * accounts, so it has its own switch.
 */
export function apiGatewayLines(ctx: ProviderContext, api: ApiType): LineModel[] {
  const prices = requireService(ctx, 'aws-api-gateway', `${ctx.path}.frontDoor`);
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
      describe: (r, q) =>
        meteredPerRequest.eq(1)
          ? quantityText(q, 'request')
          : `${quantityText(r, 'request')} × ${meteredPerRequest.toString()} (${ctx.workload.requestKb} KB metered per ${prices.rules.httpApiMeteringKb} KB) = ${quantityText(q, 'request')}`,
    },
  ];
}
