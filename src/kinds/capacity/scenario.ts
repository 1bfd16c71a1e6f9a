import { z } from 'zod/mini';
import { finite } from '../../scenario/fields';

/**
 * Defaults of the capacity model (src/kinds/capacity/capacity.ts). 70% CPU at peak leaves headroom
 * for a member to fail or a new one to start, the usual target of an autoscaling policy.
 */
export const CAPACITY_DEFAULTS = { targetUtilization: 0.7 } as const;

/** The share of a member's vCPUs (and memory) kept busy at peak: 5%–100%. */
export const targetUtilization = () =>
  finite().check(z.refine((n) => n >= 0.05 && n <= 1, 'must be 0.05–1 (the share of vCPUs kept busy at peak)'));
