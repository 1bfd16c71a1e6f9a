import { dec } from './decimal';
import { discountTransform } from './derived';
import { EngineError } from './errors';
import type { LineModel } from './lines';
import type { Discount } from './model';
import { formatQuantity, formatUsd } from './money';
import type { Price, Source } from './pricebook';

/**
 * How a kind takes a discount. Every discount covers the kind's lines tagged `compute` (a Compute
 * Savings Plan covers Lambda duration and provisioned concurrency, Fargate and EC2 — not requests,
 * API Gateway, load balancers or data transfer); `savingsPlan` says whether any savings plan or
 * committed-use discount exists for the kind at all, `url` where its terms are published.
 */
export type DiscountRule = { readonly savingsPlan: boolean; readonly url: string };

const LABEL = { 'savings-plan': 'Savings plan / committed use', negotiated: 'Negotiated discount' } as const;

/** The discount as its own negative line over the compute lines of the system, or nothing. */
export function discountLines(
  rule: DiscountRule,
  kind: string,
  lines: readonly LineModel[],
  discount: Discount | undefined,
  path: string,
): LineModel[] {
  if (!discount || discount.percent === 0) return [];
  if (discount.kind === 'savings-plan' && !rule.savingsPlan) {
    throw new EngineError(
      `${path}.discount.kind`,
      `no savings plan covers ${kind}; give a "negotiated" percentage instead`,
    );
  }
  const of = lines.filter((l) => l.tags?.includes('compute') === true);
  if (!of.some((l) => l.kind !== 'derived')) return [];
  const fraction = dec(discount.percent).div(100);
  const source: Source = {
    id: `discount-${discount.kind}`,
    url: rule.url,
    title: `${LABEL[discount.kind]} of ${discount.percent}% given in the scenario (${path}.discount)`,
    dateShown: null,
    retrieved: '',
    grade: 'derived',
  };
  const rate: Price = {
    usdPerUnit: fraction.neg(),
    quotedUsd: fraction,
    quotedPer: dec(1),
    unit: 'USD covered',
    grade: 'derived',
    source,
    fileId: 'scenario',
  };
  const names = of.map((l) => l.label).join(', ');
  return [
    {
      kind: 'derived',
      key: 'discount',
      label: `${LABEL[discount.kind]} (−${discount.percent}%)`,
      of: of.map((l) => l.key),
      transform: discountTransform(fraction),
      rate,
      describe: (_r, base, usd) =>
        `−${formatQuantity(discount.percent, 4)}% × ${formatUsd(base)} (${names}) = ${formatUsd(usd)}`,
    },
  ];
}
