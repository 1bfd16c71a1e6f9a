import { AzureRegion } from '../../scenario/fields';
import { cloudVmSchema, resolveCloudVm } from '../vm-common/scenario';
import { AZURE_VM, type AzureVmSystem } from './kind';

export const AZURE_VM_DEFAULTS = { region: 'eastus' } as const;
export const AzureVmSystemSchema = cloudVmSchema(AZURE_VM, AzureRegion);

/** Fills Azure VM's defaults. */
export const resolveAzureVm = (s: Parameters<typeof resolveCloudVm<typeof AZURE_VM>>[0]): AzureVmSystem =>
  resolveCloudVm(s, AZURE_VM_DEFAULTS.region);
