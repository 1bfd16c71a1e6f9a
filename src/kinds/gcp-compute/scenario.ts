import { GcpRegion } from '../../scenario/fields';
import { cloudVmSchema, resolveCloudVm } from '../vm-common/scenario';
import { GCP_COMPUTE, type GcpComputeSystem } from './kind';

export const GCP_COMPUTE_DEFAULTS = { region: 'us-central1' } as const;
export const GcpComputeSystemSchema = cloudVmSchema(GCP_COMPUTE, GcpRegion);

/** Fills Compute Engine's defaults. */
export const resolveGcpCompute = (s: Parameters<typeof resolveCloudVm<typeof GCP_COMPUTE>>[0]): GcpComputeSystem =>
  resolveCloudVm(s, GCP_COMPUTE_DEFAULTS.region);
