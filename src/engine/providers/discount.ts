import { dec } from '../decimal';
import { discountTransform } from '../derived';
import { EngineError } from '../errors';
import type { LineModel } from '../lines';
import type { Discount, SystemKind } from '../model';
import { formatQuantity, formatUsd } from '../money';
import type { Price, Source } from '../pricebook';

/**
 * The lines a discount covers, by kind: compute only. A Compute Savings Plan covers Lambda duration
 * and provisioned concurrency, Fargate and EC2 — not Lambda requests, API Gateway, load balancers or
 * data transfer; the same compute lines take a negotiated percentage. Google's committed-use
 * discounts and Azure's savings plan cover their VMs and Cloud Run compute; nothing like a savings
 * plan covers Workers or Azure Functions, which take only a negotiated percentage.
 */
const COVERED: Readonly<Record<SystemKind, { readonly lines: readonly string[]; readonly savingsPlan: boolean; readonly url: string }>> = {
  'aws-lambda': { lines: ['lambda-duration', 'lambda-pc', 'lambda-pc-duration'], savingsPlan: true, url: 'https://aws.amazon.com/savingsplans/compute-pricing/' },
  'aws-ec2': { lines: ['ec2-instances'], savingsPlan: true, url: 'https://aws.amazon.com/savingsplans/compute-pricing/' },
  'aws-fargate': { lines: ['fargate-vcpu', 'fargate-memory'], savingsPlan: true, url: 'https://aws.amazon.com/savingsplans/compute-pricing/' },
  'cloudflare-workers': { lines: ['workers-cpu'], savingsPlan: false, url: 'https://developers.cloudflare.com/workers/platform/pricing/' },
  'azure-functions': { lines: ['azure-gbs', 'flex-ondemand-gbs', 'flex-baseline', 'flex-ar-gbs'], savingsPlan: false, url: 'https://azure.microsoft.com/pricing/details/functions/' },
  // Cloud Run's free-tier credits are included so the discount applies to what is billed, not to free usage.
  'gcp-cloud-run': {
    lines: ['run-vcpu', 'run-memory', 'run-idle-vcpu', 'run-idle-memory', 'run-instance-vcpu', 'run-instance-memory', 'run-free-vcpu', 'run-free-memory'],
    savingsPlan: true,
    url: 'https://cloud.google.com/docs/cuds',
  },
  'gcp-compute': { lines: ['vm-instances'], savingsPlan: true, url: 'https://cloud.google.com/docs/cuds' },
  'azure-vm': { lines: ['vm-instances'], savingsPlan: true, url: 'https://azure.microsoft.com/pricing/offers/savings-plan-compute/' },
};

const LABEL = { 'savings-plan': 'Savings plan / committed use', negotiated: 'Negotiated discount' } as const;

/** The discount as its own negative line over the compute lines of the system, or nothing. */
export function discountLines(kind: SystemKind, lines: readonly LineModel[], discount: Discount | undefined, path: string): LineModel[] {
  if (!discount || discount.percent === 0) return [];
  const rule = COVERED[kind];
  if (discount.kind === 'savings-plan' && !rule.savingsPlan) {
    throw new EngineError(`${path}.discount.kind`, `no savings plan covers ${kind}; give a "negotiated" percentage instead`);
  }
  const of = lines.filter((l) => rule.lines.includes(l.key));
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
  const rate: Price = { usdPerUnit: fraction.neg(), quotedUsd: fraction, quotedPer: dec(1), unit: 'USD covered', grade: 'derived', source, fileId: 'scenario' };
  const names = of.map((l) => l.label).join(', ');
  return [
    {
      kind: 'derived',
      key: 'discount',
      label: `${LABEL[discount.kind]} (−${discount.percent}%)`,
      of: of.map((l) => l.key),
      transform: discountTransform(fraction),
      rate,
      describe: (_r, base, usd) => `−${formatQuantity(discount.percent, 4)}% × ${formatUsd(base)} (${names}) = ${formatUsd(usd)}`,
    },
  ];
}
