import { ZERO, dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE, type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, billedMs, requireBillingModel, requireService } from '../../engine/context';
import type { KindLines, KindModel } from '../kindModel';
import { AWS_EDGE_FUNCTIONS, EDGE_FUNCTIONS_SERVICE, type EdgeFunctionsSystem } from './kind';
import type { EdgeFunctionsPrices } from './prices';

/**
 * Lambda@Edge: $ per request plus GB-seconds at 1 ms granularity, no free tier. CloudFront Functions:
 * $ per invocation only (2 M free with the free tier); their sub-millisecond run time is not billed.
 */
export const edgeFunctionsModel: KindModel<EdgeFunctionsSystem> = {
  model: edgeLines,
  // Compute Savings Plans cover Lambda, not Lambda@Edge or CloudFront Functions: only a negotiated percentage.
  discount: { savingsPlan: false, url: 'https://aws.amazon.com/lambda/pricing/' },
};

function edgeLines(ctx: ProviderContext, system: EdgeFunctionsSystem): KindLines {
  const prices = requireService(ctx, EDGE_FUNCTIONS_SERVICE, `${ctx.path}.kind`);
  if (system.runtime === 'cloudfront-functions') {
    requireBillingModel(ctx, prices.meta, 'cloudfront-functions', `${ctx.path}.runtime`);
    return cloudFrontFunctionLines(ctx, prices);
  }
  const r = prices.rules;
  const w = ctx.workload;
  if (w.memoryMb < r.lambdaEdgeMinMemoryMb || w.memoryMb > r.lambdaEdgeMaxMemoryMb) {
    throw new EngineError(
      'workload.memoryMb',
      `Lambda@Edge takes ${r.lambdaEdgeMinMemoryMb}–${formatQuantity(r.lambdaEdgeMaxMemoryMb)} MB (${prices.meta.id}); got ${w.memoryMb}`,
    );
  }
  const ms = billedMs(w.durationMs, r.lambdaEdgeGranularityMs);
  const gb = dec(w.memoryMb).div(1024);
  const lines: LineModel[] = [
    {
      kind: 'metered',
      key: 'lambda-edge-requests',
      label: 'Lambda@Edge requests',
      unit: 'request',
      quantity: affine(0, 1),
      freeUnits: ZERO,
      tiers: [flatTier(prices.lambdaEdge.requests)],
      describe: (req) => quantityText(req, 'request'),
      pool: `${AWS_EDGE_FUNCTIONS}:lambda-edge-requests`,
    },
    {
      kind: 'metered',
      key: 'lambda-edge-duration',
      tags: COMPUTE,
      label: 'Lambda@Edge duration',
      unit: 'GB-s',
      quantity: affine(0, gb.times(ms).div(1000)),
      freeUnits: ZERO,
      tiers: [flatTier(prices.lambdaEdge.gbSecond)],
      describe: (req, q) =>
        `${quantityText(req, 'request')} × ${formatQuantity(ms)} ms (in ${r.lambdaEdgeGranularityMs} ms steps) × ${formatQuantity(gb)} GB (${w.memoryMb} MB) = ${quantityText(q, 'GB-s')}`,
      pool: `${AWS_EDGE_FUNCTIONS}:lambda-edge-duration`,
    },
  ];
  const notes = [
    'Lambda@Edge: global prices, no free tier; it runs x86_64 functions only, whatever the architecture.',
    ...cloudFrontNote(ctx),
  ];
  return { lines, notes, attach: { cloud: 'aws-cloudfront' } };
}

function cloudFrontFunctionLines(ctx: ProviderContext, prices: EdgeFunctionsPrices): KindLines {
  const free = ctx.options.freeTier ? prices.rules.cloudFrontFunctionsFreeInvocations : ZERO;
  const lines: LineModel[] = [
    {
      kind: 'metered',
      key: 'cloudfront-functions-invocations',
      tags: COMPUTE,
      label: 'CloudFront Functions invocations',
      unit: 'invocation',
      quantity: affine(0, 1),
      freeUnits: free,
      tiers: [flatTier(prices.cloudFrontFunctions.invocations)],
      describe: (req) => quantityText(req, 'invocation'),
      pool: `${AWS_EDGE_FUNCTIONS}:cloudfront-functions`,
    },
  ];
  const notes = [
    'CloudFront Functions: billed per invocation only (run time under 1 ms is not metered); global prices.',
    ...cloudFrontNote(ctx),
  ];
  return { lines, notes, attach: { cloud: 'aws-cloudfront' } };
}

/** CloudFront's own request and data-transfer charges are not priced here: say so when there are responses. */
function cloudFrontNote(ctx: ProviderContext): string[] {
  return ctx.workload.responseKb > 0
    ? ['CloudFront requests and data transfer out are not priced (only the functions).']
    : [];
}
