import { formatUsd } from '../../../engine/money';
import type { VersusCurrent } from './recommend';

function pct(x: number): string {
  const r = Math.round(Math.abs(x));
  return r === 0 && x !== 0 ? '<1%' : `${r}%`;
}

/**
 * "31% cheaper / 12% slower than your current setting (saves $3.20/month)": both directions said
 * plainly, the money laid out for `locale` (en-US for the CLI; the app passes its reader's). What does
 * not change is said as such, in words that read ("19% cheaper than your current setting, at the same
 * speed", "the same cost and speed as your current setting"), never "same speed than".
 */
export function versusText(v: VersusCurrent, locale = 'en-US'): string {
  const sameCost = Math.abs(v.cheaperPct) < 0.5;
  const sameSpeed = Math.abs(v.fasterPct) < 0.5;
  const cost = `${pct(v.cheaperPct)} ${v.cheaperPct > 0 ? 'cheaper' : 'dearer'}`;
  const time = `${pct(v.fasterPct)} ${v.fasterPct > 0 ? 'faster' : 'slower'}`;
  const money = v.monthlySavingUsd.isZero()
    ? ''
    : v.monthlySavingUsd.isPositive()
      ? ` (saves ${formatUsd(v.monthlySavingUsd, locale)}/month)`
      : ` (costs ${formatUsd(v.monthlySavingUsd.neg(), locale)}/month more)`;
  const than = 'than your current setting';
  if (sameCost && sameSpeed) return `the same cost and speed as your current setting${money}`;
  if (sameCost) return `${time} ${than}, at the same cost${money}`;
  if (sameSpeed) return `${cost} ${than}, at the same speed${money}`;
  return `${cost} / ${time} ${than}${money}`;
}
