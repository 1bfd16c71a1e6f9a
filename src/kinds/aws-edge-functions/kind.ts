import type { Discount, ServiceKey } from '../../engine';
import type { EdgeFunctionsPrices } from './prices';

/** The kind's id: in scenarios, links, pricing files (`service`) and every registry. */
export const AWS_EDGE_FUNCTIONS = 'aws-edge-functions';
export const EDGE_FUNCTIONS_SERVICE: ServiceKey<EdgeFunctionsPrices> = AWS_EDGE_FUNCTIONS;

/** The two ways to run code in CloudFront: Lambda@Edge, or CloudFront Functions (viewer events, JavaScript). */
export const EDGE_RUNTIMES = ['lambda-edge', 'cloudfront-functions'] as const;
export type EdgeRuntime = (typeof EDGE_RUNTIMES)[number];

/** Code run by CloudFront on each request: Lambda@Edge (requests + GB-s) or CloudFront Functions (invocations). */
export type EdgeFunctionsSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: typeof AWS_EDGE_FUNCTIONS;
  readonly runtime: EdgeRuntime;
  readonly discount?: Discount;
};
