import type { Discount, ServiceKey } from '../../engine';
import type { DigitalOceanFunctionsPrices } from './prices';

/** The kind's id: in scenarios, links, pricing files (`service`) and every registry. */
export const DIGITALOCEAN_FUNCTIONS = 'digitalocean-functions';
export const DO_FUNCTIONS_SERVICE: ServiceKey<DigitalOceanFunctionsPrices> = DIGITALOCEAN_FUNCTIONS;

/** DigitalOcean Functions: billed in GiB-seconds of the function's memory, nothing per invocation. */
export type DigitalOceanFunctionsSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: typeof DIGITALOCEAN_FUNCTIONS;
  readonly discount?: Discount;
};
