import { lazy } from 'react';
import type { KindUi } from '../../ui/systems/kindUi';
import { DIGITALOCEAN_FUNCTIONS } from './kind';

/** DigitalOcean Functions in the systems editor. */
export const doFunctionsUi: KindUi<typeof DIGITALOCEAN_FUNCTIONS> = {
  label: 'DigitalOcean Functions',
  create: () => ({ id: 'do-functions', name: 'DigitalOcean Functions', kind: DIGITALOCEAN_FUNCTIONS }),
  Editor: lazy(() => import('../editors').then((m) => ({ default: m.DigitalOceanFunctionsEditor }))),
  summary: () => 'GiB-seconds of memory × run time, no per-invocation fee',
};
