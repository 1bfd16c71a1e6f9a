import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import {
  DecimalString,
  FileHeaderSchema,
  PriceSchema,
  serviceFormat,
  toPrice,
  PositiveInt,
} from '../../pricing/common';
import { AWS_EDGE_FUNCTIONS, EDGE_FUNCTIONS_SERVICE } from './kind';
import type { EdgeFunctionsPrices } from './prices';

export const EdgeFunctionsFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_EDGE_FUNCTIONS),
  rules: z.strictObject({
    lambdaEdgeGranularityMs: PositiveInt,
    lambdaEdgeMinMemoryMb: PositiveInt,
    lambdaEdgeMaxMemoryMb: PositiveInt,
    cloudFrontFunctionsFreeInvocations: DecimalString,
  }),
  regions: z.strictObject({
    global: z.strictObject({
      lambdaEdge: z.strictObject({ requests: PriceSchema, gbSecond: PriceSchema }),
      cloudFrontFunctions: z.strictObject({ invocations: PriceSchema }),
    }),
  }),
});
export type EdgeFunctionsFile = z.infer<typeof EdgeFunctionsFile>;

/** Lambda@Edge and CloudFront Functions prices: global, whatever the scenario's region. */
export function edgeFunctionsPrices(meta: FileMeta, file: EdgeFunctionsFile): EdgeFunctionsPrices {
  const g = file.regions.global;
  const p = (x: z.infer<typeof PriceSchema>) => toPrice(meta, x);
  return {
    meta,
    lambdaEdge: { requests: p(g.lambdaEdge.requests), gbSecond: p(g.lambdaEdge.gbSecond) },
    cloudFrontFunctions: { invocations: p(g.cloudFrontFunctions.invocations) },
    rules: {
      ...file.rules,
      cloudFrontFunctionsFreeInvocations: dec(file.rules.cloudFrontFunctionsFreeInvocations),
    },
  };
}

// Edge functions run in every CloudFront location and are priced globally: the scenario's region is ignored.
/** How aws-edge-functions pricing files are validated and read. */
export const edgeFunctionsPricingFile = serviceFormat({
  service: EDGE_FUNCTIONS_SERVICE,
  schema: EdgeFunctionsFile,
  prices: (meta, file) => edgeFunctionsPrices(meta, file),
});
