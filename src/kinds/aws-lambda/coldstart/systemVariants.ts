import type { ResolvedScenario, Workload } from '../../../engine/model';
import type { PriceBook } from '../../../engine/pricebook';
import { CLOUDFLARE_WORKERS, type CloudflareWorkersSystem } from '../../cloudflare-workers/kind';
import type { LambdaSystem } from '../kind';
import { PING_DURATION_MS } from './settings';
import { priceVariant, withPings } from './price';
import type { VariantPricer } from './variantContext';

/**
 * The variants of a standalone Lambda system, each priced as a scenario of its own: `onDemand` (the
 * system without its own provisioned concurrency or SnapStart) running `workload` (its cold starts
 * and INIT filled in).
 */
export function systemVariants(
  book: PriceBook,
  scenario: ResolvedScenario,
  onDemand: LambdaSystem,
  workload: Workload,
): VariantPricer {
  return {
    lambda: (patch) => {
      const { initDurationMs, ...settings } = patch;
      const w = initDurationMs === undefined ? workload : { ...workload, initDurationMs };
      return priceVariant(book, scenario, w, { systems: [{ ...onDemand, ...settings }] });
    },
    edge: () => {
      const workers: CloudflareWorkersSystem = {
        id: 'edge',
        name: 'Cloudflare Workers',
        kind: CLOUDFLARE_WORKERS,
        staticAssetShare: 0,
        trigger: 'http',
      };
      return priceVariant(book, scenario, workload, { systems: [workers] });
    },
    pinged: (pings, coldStartRate) => {
      const r = workload.requestsPerMonth;
      const arch = withPings(onDemand, pings, r, { ...workload, durationMs: PING_DURATION_MS, coldStartRate: 0 });
      return priceVariant(book, scenario, { ...workload, coldStartRate }, { architectures: [arch] });
    },
  };
}
