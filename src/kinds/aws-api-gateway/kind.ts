import type { ServiceKey } from '../../engine';
import type { ComponentBase } from '../componentTypes';
import type { ApiGatewayPrices } from './prices';

/** The charge's id: its pricing files' `service` and its registry entry. Amazon API Gateway in front of a function. */
export const AWS_API_GATEWAY = 'aws-api-gateway';
export const API_GATEWAY_SERVICE: ServiceKey<ApiGatewayPrices> = AWS_API_GATEWAY;

/** An API as an architecture component, resolved: HTTP or REST calls, or WebSocket messages and minutes. */
export type ApiGatewayComponent = ComponentBase &
  (
    | {
        readonly api: 'http' | 'rest';
        readonly callsPerRequest: number;
        /** Request payload; HTTP APIs meter it in 512 KB units. */
        readonly requestKb: number;
      }
    | {
        readonly api: 'websocket';
        readonly messagesPerRequest: number;
        readonly connectionMinutesPerRequest: number;
        /** Message size; metered in 32 KB units. */
        readonly messageKb: number;
      }
  );
