import { vmPricingFile } from '../vm-common/pricingFile';
import { AZURE_VM_SERVICE } from './kind';

/** Azure pay-as-you-go Linux VMs: sizes by Azure region. */
export const azureVmPricingFile = vmPricingFile(AZURE_VM_SERVICE);
