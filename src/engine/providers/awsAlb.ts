import { ZERO, dec } from '../decimal';
import { type LineModel, flatTier } from '../lines';
import { formatQuantity } from '../money';
import { affine, constant } from '../piecewise';
import { quantityText } from '../priceText';
import { type ProviderContext, requireService } from './context';

/**
 * An Application Load Balancer in front of a fleet: hours enabled plus LCU-hours. LCUs are
 * estimated from the new-connections dimension (25 per second per LCU), taking one connection
 * per request — the dimension that binds for short API requests without keep-alive; a stated,
 * conservative assumption, shown in the trace.
 */
export function albLines(ctx: ProviderContext, hoursPerMonth: number): LineModel[] {
  const prices = requireService(ctx, 'aws-alb', `${ctx.path}.loadBalancer`);
  const lcuHoursPerRequest = dec(1).div(prices.newConnectionsPerSecondPerLcu).div(3600);
  return [
    {
      kind: 'metered',
      key: 'alb-hours',
      label: 'Application Load Balancer hours',
      unit: 'hour',
      quantity: constant(hoursPerMonth),
      freeUnits: ZERO,
      tiers: [flatTier(prices.hourly)],
      describe: (_r, q) => quantityText(q, 'hour'),
    },
    {
      kind: 'metered',
      key: 'alb-lcu',
      label: 'Application Load Balancer LCUs',
      unit: 'LCU-hour',
      quantity: affine(0, lcuHoursPerRequest),
      freeUnits: ZERO,
      tiers: [flatTier(prices.lcuHourly)],
      describe: (r, q) =>
        `${quantityText(r, 'request')} as new connections / (${prices.newConnectionsPerSecondPerLcu} per s per LCU × 3,600 s) = ${formatQuantity(q, 4)} LCU-hours`,
    },
  ];
}
