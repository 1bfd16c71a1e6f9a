import type { Discount, ServiceKey } from '../../engine';
import type { CloudFunctionsPrices } from './prices';

/** The kind's id: in scenarios, links, pricing files (`service`) and every registry. */
export const GCP_CLOUD_FUNCTIONS = 'gcp-cloud-functions';
export const CLOUD_FUNCTIONS_SERVICE: ServiceKey<CloudFunctionsPrices> = GCP_CLOUD_FUNCTIONS;

/** Google Cloud Functions (1st gen): invocations, GB-seconds and GHz-seconds of the memory tier, 100 ms steps. */
export type GcpCloudFunctionsSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: typeof GCP_CLOUD_FUNCTIONS;
  /** Google Cloud region name, e.g. `us-central1`. */
  readonly region: string;
  readonly discount?: Discount;
};
