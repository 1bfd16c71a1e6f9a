import { z } from 'zod/mini';
import { NonEmpty } from '../../pricing/common';
import type { FileMeta } from '../../engine';
import type { Baseline } from './prices';

/** A burstable instance's baseline in a pricing file: a share of each vCPU, and the source that states it. */
export const BaselineSchema = z.strictObject({
  baselinePerVcpu: z.number().check(z.positive(), z.lte(1)),
  source: NonEmpty,
});
export type BaselineInput = z.infer<typeof BaselineSchema>;

/** Resolves a baseline against its file's sources (as `toPrice` does for prices). */
export function toBaseline(meta: FileMeta, b: BaselineInput): Baseline {
  const source = meta.sources.find((s) => s.id === b.source);
  if (!source) throw new Error(`${meta.id}: baseline cites unknown source "${b.source}"`);
  return { perVcpu: b.baselinePerVcpu, source };
}
