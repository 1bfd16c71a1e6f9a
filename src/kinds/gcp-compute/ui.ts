import { lazy } from 'react';
import { type KindUi, fleetText } from '../../ui/systems/kindUi';
import { GCP_COMPUTE } from './kind';

/** Compute Engine in the systems editor. */
export const gcpComputeUi: KindUi<typeof GCP_COMPUTE> = {
  label: 'Google Compute Engine VM',
  // A new VM starts pinned at one instance: sized from a 200 ms workload an e2-small tracks Lambda's
  // cost within 0.4% per request and crosses it at every fleet step (hundreds of crossings), more than
  // the page lists quickly yet. "Sized from the workload" is one click away in its editor.
  create: () => ({ id: 'gce', name: 'GCE e2-small', kind: GCP_COMPUTE, machineType: 'e2-small', count: 1 }),
  Editor: lazy(() => import('../editors').then((m) => ({ default: m.GcpVmEditor }))),
  summary: (s) => [s.machineType, fleetText(s.count, s.rpsPerInstance, s.minInstances, 'instance')].join(' · '),
};
