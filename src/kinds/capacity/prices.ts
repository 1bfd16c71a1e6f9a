import type { Source } from '../../engine/pricebook';

/** A burstable instance's CPU baseline: the sustained share of each vCPU its hourly price covers. */
export type Baseline = { readonly perVcpu: number; readonly source: Source };

/** "baseline 20% per vCPU (Amazon EC2 User Guide…, official)": the baseline with its source, for a note. */
export function baselineNote(name: string, b: Baseline): string {
  return `${name} is burstable: baseline ${Math.round(b.perVcpu * 1000) / 10}% per vCPU (${b.source.title}, ${b.source.grade}).`;
}
