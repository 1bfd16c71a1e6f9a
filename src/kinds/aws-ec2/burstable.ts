import { dec } from '../../engine/decimal';
import type { Price } from '../../engine/pricebook';
import { priceText } from '../../engine/priceText';
import { formatRate } from '../../engine/money';
import { baselineNote } from '../capacity/prices';
import type { InstanceType } from './prices';

/**
 * Why a traffic-sized T3/T4g fleet is sized within its CPU baseline rather than billed surplus
 * credits: within the baseline a vCPU-hour of sustained CPU costs hourly ÷ (vCPUs × baseline)
 * (t3.small: $0.0208 ÷ 0.4 = $0.052), against $0.05 of surplus credits in Unlimited mode plus the
 * instances that run at the target. The two are within a few percent for t3.nano–small; Unlimited
 * is not modelled (its surplus depends on every fleet step), so the note states the comparison.
 */
export function burstableNote(i: InstanceType, surplus: Price | undefined): string {
  const b = i.baseline!;
  const withinBaseline = i.hourly.usdPerUnit.div(dec(i.vcpu).times(b.perVcpu));
  const unlimited = surplus
    ? ` T3/T4g Unlimited would instead bill surplus credits at ${priceText(surplus)} above the baseline (not modelled).`
    : '';
  return `${baselineNote(i.name, b)} A fleet sized from the workload keeps sustained CPU within it: a vCPU-hour of sustained CPU then costs ${priceText(i.hourly)} ÷ (${i.vcpu} vCPU × ${Math.round(b.perVcpu * 1000) / 10}%) = ${formatRate(withinBaseline.toDecimalPlaces(4))} per vCPU-hour.${unlimited} A pinned count or rpsPerInstance is billed as given, without surplus credits.`;
}
