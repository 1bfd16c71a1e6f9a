import type { Discount, ServiceKey } from '../../engine';
import type { AzureFunctionsPrices } from './prices';

/** The kind's id: in scenarios, links, pricing files (`service`) and every registry. */
export const AZURE_FUNCTIONS = 'azure-functions';
export const AZURE_FUNCTIONS_SERVICE: ServiceKey<AzureFunctionsPrices> = AZURE_FUNCTIONS;

/** Azure Functions on the Consumption (legacy) or Flex Consumption plan. */
export type AzureFunctionsSystem = {
  readonly id: string;
  readonly name?: string;
  readonly kind: typeof AZURE_FUNCTIONS;
  /** Azure region name, e.g. `eastus`. */
  readonly region: string;
  readonly plan: 'consumption' | 'flex';
  /** Flex: configured instance memory (512, 2048 or 4096 MB). */
  readonly instanceMemoryMb: number;
  /** Flex: executions one instance runs at once; absent: the default for the instance size. */
  readonly concurrency?: number;
  /** Flex: always-ready instances. */
  readonly alwaysReady: number;
  readonly discount?: Discount;
};
