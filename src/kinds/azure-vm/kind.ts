import type { ServiceKey } from '../../engine';
import type { CloudVmSystem } from '../vm-common/kind';
import type { VmPrices } from '../vm-common/prices';

/** The kind's id: in scenarios, links, pricing files (`service`) and every registry. */
export const AZURE_VM = 'azure-vm';
export const AZURE_VM_SERVICE: ServiceKey<VmPrices> = AZURE_VM;

/** Always-on Azure virtual machines, sized like EC2. */
export type AzureVmSystem = CloudVmSystem<typeof AZURE_VM>;
