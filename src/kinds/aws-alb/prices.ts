import type { Decimal, FileMeta, Price } from '../../engine';

/** What an ALB sends its requests to: LCUs absorb fewer processed bytes for Lambda targets. */
export type AlbTargets = 'instance' | 'lambda';

/** Application Load Balancer prices, and what one LCU absorbs on each of its four dimensions. */
export type AlbPrices = {
  readonly meta: FileMeta;
  readonly hourly: Price;
  readonly lcuHourly: Price;
  /** New connections per second one LCU absorbs (25). */
  readonly newConnectionsPerSecondPerLcu: number;
  /** Active connections per minute one LCU absorbs (3,000). */
  readonly activeConnectionsPerMinutePerLcu: number;
  /** GB of processed bytes per hour one LCU absorbs, by target type (1 for instances and IPs, 0.4 for Lambda). */
  readonly processedGbPerHourPerLcu: Readonly<Record<AlbTargets, Decimal>>;
  /** Rule evaluations per second one LCU absorbs (1,000), and the rules per request that are free (10). */
  readonly ruleEvaluationsPerSecondPerLcu: number;
  readonly freeRulesPerRequest: number;
};
