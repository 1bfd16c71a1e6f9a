import { cloudVmKindModel } from '../vm-common/model';
import { GCE_SERVICE, type GcpComputeSystem } from './kind';

/** Compute Engine VMs; Google's committed-use discounts cover them. */
export const gcpComputeModel = cloudVmKindModel<GcpComputeSystem['kind']>({
  service: GCE_SERVICE,
  product: 'Compute Engine',
  cloud: 'gcp',
  discount: { savingsPlan: true, url: 'https://cloud.google.com/docs/cuds' },
});
