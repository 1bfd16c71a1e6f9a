import { lazy } from 'react';
import type { KindUi } from '../../ui/systems/kindUi';
import { CLOUDFLARE_WORKERS } from './kind';

/** Workers in the systems editor. */
export const workersUi: KindUi<typeof CLOUDFLARE_WORKERS> = {
  label: 'Cloudflare Workers',
  create: () => ({ id: 'workers', name: 'Cloudflare Workers', kind: CLOUDFLARE_WORKERS }),
  Editor: lazy(() => import('../editors').then((m) => ({ default: m.CloudflareWorkersEditor }))),
  summary: (s) =>
    [
      'billed on CPU time',
      s.trigger === 'cron' ? 'Cron Trigger' : s.trigger === 'queue' ? 'Queue consumer' : null,
      s.staticAssetShare ? `${Math.round(s.staticAssetShare * 100)}% static assets` : null,
    ]
      .filter(Boolean)
      .join(' · '),
};
