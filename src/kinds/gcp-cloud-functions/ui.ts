import { lazy } from 'react';
import type { KindUi } from '../../ui/systems/kindUi';
import { GCP_CLOUD_FUNCTIONS } from './kind';

/** Cloud Functions (1st gen) in the systems editor. */
export const cloudFunctionsUi: KindUi<typeof GCP_CLOUD_FUNCTIONS> = {
  label: 'Google Cloud Functions (1st gen)',
  create: () => ({ id: 'cloud-functions', name: 'Cloud Functions (1st gen)', kind: GCP_CLOUD_FUNCTIONS }),
  Editor: lazy(() => import('../editors').then((m) => ({ default: m.CloudFunctionsEditor }))),
  summary: (s) => [s.region ?? 'us-central1', 'GB-s + GHz-s in 100 ms steps'].join(' · '),
};
