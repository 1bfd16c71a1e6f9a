import type { ServiceKey } from '../../engine';
import type { ApiGatewayPrices } from './prices';

/** The charge's id: its pricing files' `service` and its registry entry. Amazon API Gateway in front of a function. */
export const AWS_API_GATEWAY = 'aws-api-gateway';
export const API_GATEWAY_SERVICE: ServiceKey<ApiGatewayPrices> = AWS_API_GATEWAY;
