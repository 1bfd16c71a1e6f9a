import type { ServiceKey } from '../../engine';
import type { CloudVmSystem } from '../vm-common/kind';
import type { VmPrices } from '../vm-common/prices';

/** The kind's id: in scenarios, links, pricing files (`service`) and every registry. */
export const GCP_COMPUTE = 'gcp-compute';
export const GCE_SERVICE: ServiceKey<VmPrices> = GCP_COMPUTE;

/** Always-on Compute Engine VMs, sized like EC2. */
export type GcpComputeSystem = CloudVmSystem<typeof GCP_COMPUTE>;
