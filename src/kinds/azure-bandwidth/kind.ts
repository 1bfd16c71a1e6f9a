import type { ServiceKey } from '../../engine';
import type { AzureBandwidthPrices } from './prices';

/** The charge's id: its pricing files' `service` and its registry entry. Azure internet egress (bandwidth). */
export const AZURE_BANDWIDTH = 'azure-bandwidth';
export const AZURE_BANDWIDTH_SERVICE: ServiceKey<AzureBandwidthPrices> = AZURE_BANDWIDTH;
