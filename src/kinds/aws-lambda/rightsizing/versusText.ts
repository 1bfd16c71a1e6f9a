import { formatUsd } from '../../../engine/money';
import type { VersusCurrent } from './recommend';

function pct(x: number): string {
  const r = Math.round(Math.abs(x));
  return r === 0 && x !== 0 ? '<1%' : `${r}%`;
}

/**
 * "31% cheaper / 12% slower than your current setting (saves $3.20/month)": both directions said
 * plainly, the money laid out for `locale` (en-US for the CLI; the app passes its reader's).
 */
export function versusText(v: VersusCurrent, locale = 'en-US'): string {
  const cost =
    Math.abs(v.cheaperPct) < 0.5 ? 'same cost' : `${pct(v.cheaperPct)} ${v.cheaperPct > 0 ? 'cheaper' : 'dearer'}`;
  const time =
    Math.abs(v.fasterPct) < 0.5 ? 'same speed' : `${pct(v.fasterPct)} ${v.fasterPct > 0 ? 'faster' : 'slower'}`;
  const money = v.monthlySavingUsd.isZero()
    ? ''
    : v.monthlySavingUsd.isPositive()
      ? ` (saves ${formatUsd(v.monthlySavingUsd, locale)}/month)`
      : ` (costs ${formatUsd(v.monthlySavingUsd.neg(), locale)}/month more)`;
  return `${cost} / ${time} than your current setting${money}`;
}
