import { cloudVmKindModel } from '../vm-common/model';
import { AZURE_VM_SERVICE, type AzureVmSystem } from './kind';

/** Azure VMs; the Azure savings plan for compute covers them. */
export const azureVmModel = cloudVmKindModel<AzureVmSystem['kind']>({
  service: AZURE_VM_SERVICE,
  product: 'Azure VM',
  cloud: 'azure',
  discount: { savingsPlan: true, url: 'https://azure.microsoft.com/pricing/offers/savings-plan-compute/' },
});
