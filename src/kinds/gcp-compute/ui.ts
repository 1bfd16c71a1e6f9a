import { lazy } from 'react';
import { type KindUi, fleetText } from '../../ui/systems/kindUi';
import { GCP_COMPUTE } from './kind';

/** Compute Engine in the systems editor. */
export const gcpComputeUi: KindUi<typeof GCP_COMPUTE> = {
  label: 'Google Compute Engine VM',
  create: () => ({ id: 'gce', name: 'GCE e2-small', kind: GCP_COMPUTE, machineType: 'e2-small' }),
  Editor: lazy(() => import('../editors').then((m) => ({ default: m.GcpVmEditor }))),
  summary: (s) => [s.machineType, fleetText(s.count, s.rpsPerInstance, s.minInstances, 'instance')].join(' · '),
};
