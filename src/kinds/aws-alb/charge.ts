import { ZERO, dec } from '../../engine/decimal';
import { type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine, constant } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, requireService } from '../../engine/context';
import type { Charge } from '../kindModel';
import { ALB_SERVICE, AWS_ALB } from './kind';

/**
 * An Application Load Balancer in front of a fleet: hours enabled plus LCU-hours. LCUs are
 * estimated from the new-connections dimension (25 per second per LCU), taking one connection
 * per request — the dimension that binds for short API requests without keep-alive; a stated,
 * conservative assumption, shown in the trace.
 */
export const albCharge: Charge = {
  id: AWS_ALB,
  lines: (ctx, attach) => (attach.loadBalancer?.kind === 'alb' ? albLines(ctx, attach.loadBalancer.hoursPerMonth) : []),
};

function albLines(ctx: ProviderContext, hoursPerMonth: number): LineModel[] {
  const prices = requireService(ctx, ALB_SERVICE, `${ctx.path}.loadBalancer`);
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
