import { vmPricingFile } from '../vm-common/pricingFile';
import { GCE_SERVICE } from './kind';

/** Compute Engine on-demand VMs: machine types by Google Cloud region. */
export const gcpComputePricingFile = vmPricingFile(GCE_SERVICE);
