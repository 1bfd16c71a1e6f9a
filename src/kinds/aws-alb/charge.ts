import { ZERO } from '../../engine/decimal';
import { type LineModel, flatTier } from '../../engine/lines';
import { formatQuantity } from '../../engine/money';
import { affine, constant } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { type ProviderContext, requireService } from '../../engine/context';
import type { Charge, LoadBalancerAttachment } from '../kindModel';
import { highestDimension, lcuDimensions } from './lcu';
import { ALB_SERVICE, AWS_ALB } from './kind';

/**
 * An Application Load Balancer in front of a fleet: hours enabled plus LCU-hours, billed on the
 * highest of AWS's four LCU dimensions (new connections, active connections, processed bytes, rule
 * evaluations; `lcu.ts`), each shown in the trace with the one that binds.
 */
export const albCharge: Charge = {
  id: AWS_ALB,
  lines: (ctx, attach) => (attach.loadBalancer?.kind === 'alb' ? albLines(ctx, attach.loadBalancer) : []),
};

function albLines(ctx: ProviderContext, lb: LoadBalancerAttachment): LineModel[] {
  const prices = requireService(ctx, ALB_SERVICE, `${ctx.path}.loadBalancer`);
  const dims = lcuDimensions(prices, { workload: ctx.workload, rules: lb.rules, targets: lb.targets });
  const top = highestDimension(dims);
  return [
    {
      kind: 'metered',
      key: 'alb-hours',
      label: 'Application Load Balancer hours',
      unit: 'hour',
      quantity: constant(lb.hoursPerMonth),
      freeUnits: ZERO,
      tiers: [flatTier(prices.hourly)],
      describe: (_r, q) => quantityText(q, 'hour'),
    },
    {
      kind: 'metered',
      key: 'alb-lcu',
      label: 'Application Load Balancer LCUs',
      unit: 'LCU-hour',
      quantity: affine(0, top.lcuHoursPerRequest),
      freeUnits: ZERO,
      tiers: [flatTier(prices.lcuHourly)],
      describe: (r, q) => {
        const each = dims.map((d) => `${d.name} ${formatQuantity(r.times(d.lcuHoursPerRequest), 4)}`).join(', ');
        return `${quantityText(r, 'request')}: LCU-hours by ${each}; billed on the highest, ${top.name} (${top.basis}) = ${formatQuantity(q, 4)} LCU-hours`;
      },
    },
  ];
}
