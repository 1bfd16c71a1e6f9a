import type { Decimal, FileMeta, Price } from '../../engine';

/** SNS delivery protocols priced here; Lambda and SQS deliveries are free. */
export const PROTOCOLS = ['lambda', 'sqs', 'http', 'email'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** SNS prices of one region (standard topics): publishes, deliveries by protocol, and the free allowances. */
export type SnsPrices = {
  readonly meta: FileMeta;
  readonly publishes: Price;
  readonly deliveries: Readonly<Record<Protocol, Price>>;
  /** Free every month (perpetual free tier, per account): publishes, HTTP/S and email deliveries. */
  readonly free: { readonly publishes: Decimal; readonly http: Decimal; readonly email: Decimal };
  /** KB of payload one publish request covers. */
  readonly chunkKb: number;
};
