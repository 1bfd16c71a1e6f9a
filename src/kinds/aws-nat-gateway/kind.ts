import type { ServiceKey } from '../../engine';
import type { NatGatewayPrices } from './prices';

/** The charge's id: its pricing files' `service` and its registry entry. NAT gateways for private subnets. */
export const AWS_NAT_GATEWAY = 'aws-nat-gateway';
export const NAT_GATEWAY_SERVICE: ServiceKey<NatGatewayPrices> = AWS_NAT_GATEWAY;
