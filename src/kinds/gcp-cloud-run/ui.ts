import { lazy } from 'react';
import type { KindUi } from '../../ui/systems/kindUi';
import { GCP_CLOUD_RUN } from './kind';
import { CLOUD_RUN_DEFAULTS } from './scenario';

/** Cloud Run in the systems editor. */
export const cloudRunUi: KindUi<typeof GCP_CLOUD_RUN> = {
  label: 'Google Cloud Run',
  create: () => ({ id: 'cloud-run', name: 'Cloud Run', kind: GCP_CLOUD_RUN }),
  Editor: lazy(() => import('../editors').then((m) => ({ default: m.CloudRunEditor }))),
  // Memory left blank bills the workload's memory (the engine's rule), so say so rather than guess a figure.
  summary: (s) =>
    [
      s.region ?? CLOUD_RUN_DEFAULTS.region,
      `${s.billing ?? CLOUD_RUN_DEFAULTS.billing}-based`,
      `${s.vcpu ?? CLOUD_RUN_DEFAULTS.vcpu} vCPU / ${s.memoryGib !== undefined ? `${s.memoryGib} GiB` : 'workload memory'}`,
    ].join(' · '),
};
