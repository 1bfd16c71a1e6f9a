import { EngineError } from '../../engine/errors';
import type { Discount } from '../../engine/model';
import type { Price } from '../../engine/pricebook';
import { priceText } from '../../engine/priceText';
import type { Ec2Commitment, InstanceType } from './prices';

/** What one instance-hour costs under the system's commitment, and the hours a month it bills. */
export type Ec2Rate = {
  readonly price: Price;
  readonly hoursPerMonth: number;
  readonly hoursText: string;
  readonly notes: readonly string[];
};

const NAMES: Readonly<Record<Ec2Commitment, string>> = {
  'on-demand': 'On-Demand',
  'ri-standard-1yr': 'Standard Reserved Instance, 1 year, no upfront',
  'ri-standard-3yr': 'Standard Reserved Instance, 3 years, no upfront',
  'ri-convertible-1yr': 'Convertible Reserved Instance, 1 year, no upfront',
  'ri-convertible-3yr': 'Convertible Reserved Instance, 3 years, no upfront',
};

/**
 * The instance rate of a system: on demand for its running hours, or a sourced no-upfront Reserved
 * Instance rate for every hour of the month (a reservation bills each clock-hour of its term whether
 * an instance runs or not). A reservation without a sourced rate for the type is refused by name
 * rather than guessed from a percentage; a Savings Plan percentage cannot stack on reserved hours.
 */
export function ec2Rate(
  instance: InstanceType,
  system: { readonly commitment: Ec2Commitment; readonly hoursPerMonth: number; readonly discount?: Discount },
  fileHoursPerMonth: number,
  path: string,
): Ec2Rate {
  if (system.commitment === 'on-demand') {
    return {
      price: instance.hourly,
      hoursPerMonth: system.hoursPerMonth,
      hoursText: `${system.hoursPerMonth} h`,
      notes: [],
    };
  }
  const price = instance.reserved[system.commitment];
  if (!price) {
    const sourced = Object.keys(instance.reserved);
    throw new EngineError(
      `${path}.commitment`,
      `no sourced ${NAMES[system.commitment]} rate for ${instance.name} in this region` +
        (sourced.length > 0 ? `; sourced: ${sourced.join(', ')}` : '; use "on-demand" with a discount percentage'),
    );
  }
  if (system.discount?.kind === 'savings-plan' && system.discount.percent > 0) {
    throw new EngineError(
      `${path}.discount.kind`,
      'a Savings Plan does not apply to hours already covered by a Reserved Instance; give a "negotiated" percentage or drop the discount',
    );
  }
  const notes = [
    `${NAMES[system.commitment]}: ${priceText(price)}, billed for all ${fileHoursPerMonth} hours of the month whether or not the instance runs, for every instance of the fleet (on demand: ${priceText(instance.hourly)}).`,
  ];
  return { price, hoursPerMonth: fileHoursPerMonth, hoursText: `${fileHoursPerMonth} h reserved`, notes };
}
