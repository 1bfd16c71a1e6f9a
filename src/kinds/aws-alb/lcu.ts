import { type Decimal, dec } from '../../engine/decimal';
import { formatQuantity } from '../../engine/money';
import type { Workload } from '../../engine/model';
import type { AlbPrices, AlbTargets } from './prices';

/** 1 GB = 1024² KB, as AWS's data-transfer pages count. */
const KB_PER_GB = 1024 * 1024;

/** One LCU dimension: the LCU-hours each request uses on it, and how that is made. */
export type LcuDimension = { readonly name: string; readonly lcuHoursPerRequest: Decimal; readonly basis: string };

/** What the ALB's traffic is made of: the workload's requests, the rules each passes, the targets. */
export type LcuInputs = { readonly workload: Workload; readonly rules: number; readonly targets: AlbTargets };

/**
 * LCU-hours per request on each of the four dimensions AWS meters. Every dimension is proportional to
 * traffic (an hour of twice the requests uses twice the LCUs on each), so the dimension with the most
 * LCU-hours per request is the highest in every hour, and the bill is R × that rate.
 * - new connections: one per request (no keep-alive), 25 per second per LCU;
 * - active connections: a connection stays open for the request's duration, 3,000 per minute per LCU —
 *   R/T requests a second × duration s = concurrent connections;
 * - processed bytes: request + response, 1 GB per hour per LCU for instance and IP targets (0.4 for Lambda);
 * - rule evaluations: the rules beyond the free ones, 1,000 per second per LCU.
 */
export function lcuDimensions(prices: AlbPrices, inputs: LcuInputs): LcuDimension[] {
  const { workload, rules, targets } = inputs;
  const kb = workload.requestKb + workload.responseKb;
  const gbPerLcuHour = prices.processedGbPerHourPerLcu[targets];
  const paidRules = Math.max(0, rules - prices.freeRulesPerRequest);
  return [
    {
      name: 'new connections',
      lcuHoursPerRequest: dec(1).div(prices.newConnectionsPerSecondPerLcu).div(3600),
      basis: `1 per request / (${prices.newConnectionsPerSecondPerLcu} per s × 3,600 s)`,
    },
    {
      name: 'active connections',
      lcuHoursPerRequest: dec(workload.durationMs).div(1000).div(prices.activeConnectionsPerMinutePerLcu).div(3600),
      basis: `${formatQuantity(dec(workload.durationMs), 3)} ms open per request / (${prices.activeConnectionsPerMinutePerLcu} per LCU × 3,600 s)`,
    },
    {
      name: 'processed bytes',
      lcuHoursPerRequest: dec(kb).div(KB_PER_GB).div(gbPerLcuHour),
      basis: `${formatQuantity(dec(kb), 3)} KB per request / 1024² / ${gbPerLcuHour.toString()} GB per LCU-hour (${targets} targets)`,
    },
    {
      name: 'rule evaluations',
      lcuHoursPerRequest: dec(paidRules).div(prices.ruleEvaluationsPerSecondPerLcu).div(3600),
      basis: `${rules} rules − ${prices.freeRulesPerRequest} free = ${paidRules} per request / (${prices.ruleEvaluationsPerSecondPerLcu} per s × 3,600 s)`,
    },
  ];
}

/** The dimension billed: the one with the most LCU-hours per request (the first of equals). */
export function highestDimension(dims: readonly LcuDimension[]): LcuDimension {
  return dims.reduce((top, d) => (d.lcuHoursPerRequest.gt(top.lcuHoursPerRequest) ? d : top));
}
