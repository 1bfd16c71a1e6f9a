import { lazy } from 'react';
import { type KindUi, fleetText } from '../../ui/systems/kindUi';
import { AZURE_VM } from './kind';

/** Azure VMs in the systems editor. */
export const azureVmUi: KindUi<typeof AZURE_VM> = {
  label: 'Azure VM',
  create: () => ({ id: 'azure-vm', name: 'Azure B1s', kind: AZURE_VM, machineType: 'B1s' }),
  Editor: lazy(() => import('../editors').then((m) => ({ default: m.AzureVmEditor }))),
  summary: (s) => [s.machineType, fleetText(s.count, s.rpsPerInstance, s.minInstances, 'instance')].join(' · '),
};
