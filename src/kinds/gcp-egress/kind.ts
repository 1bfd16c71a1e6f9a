import type { ServiceKey } from '../../engine';
import type { GcpEgressPrices } from './prices';

/** The charge's id: its pricing files' `service` and its registry entry. Google Cloud internet egress (Premium Tier). */
export const GCP_EGRESS = 'gcp-egress';
export const GCP_EGRESS_SERVICE: ServiceKey<GcpEgressPrices> = GCP_EGRESS;
