import type { LinkKeys } from '../linkKeys';

/** Cloud Run: only the keys shared with earlier kinds are abbreviated (append-only). */
export const CLOUD_RUN_LINK_KEYS: LinkKeys = {
  keys: { vcpu: 'v', concurrency: 'N', minInstances: 'M', sizing: 'Z', targetUtilization: 'U' },
  values: { sizing: { workload: 'w', concurrency: 'c' } },
};
