import type { SystemKind } from '../state';
import type { KindUi } from '../ui/systems/kindUi';
import { AWS_EC2 } from './aws-ec2/kind';
import { ec2Ui } from './aws-ec2/ui';
import { AWS_FARGATE } from './aws-fargate/kind';
import { fargateUi } from './aws-fargate/ui';
import { AWS_LAMBDA } from './aws-lambda/kind';
import { lambdaUi } from './aws-lambda/ui';
import { AZURE_FUNCTIONS } from './azure-functions/kind';
import { azureFunctionsUi } from './azure-functions/ui';
import { AZURE_VM } from './azure-vm/kind';
import { azureVmUi } from './azure-vm/ui';
import { CLOUDFLARE_WORKERS } from './cloudflare-workers/kind';
import { workersUi } from './cloudflare-workers/ui';
import { GCP_CLOUD_RUN } from './gcp-cloud-run/kind';
import { cloudRunUi } from './gcp-cloud-run/ui';
import { GCP_COMPUTE } from './gcp-compute/kind';
import { gcpComputeUi } from './gcp-compute/ui';
import { DIGITALOCEAN_FUNCTIONS } from './digitalocean-functions/kind';
import { doFunctionsUi } from './digitalocean-functions/ui';
import { GCP_CLOUD_FUNCTIONS } from './gcp-cloud-functions/kind';
import { cloudFunctionsUi } from './gcp-cloud-functions/ui';
import { AWS_EDGE_FUNCTIONS } from './aws-edge-functions/kind';
import { edgeFunctionsUi } from './aws-edge-functions/ui';

/** Every kind in the systems editor, in menu order: one line per kind (the type requires all). */
export const KIND_UI: { readonly [K in SystemKind]: KindUi<K> } = {
  [AWS_LAMBDA]: lambdaUi,
  [AWS_EC2]: ec2Ui,
  [AWS_FARGATE]: fargateUi,
  [CLOUDFLARE_WORKERS]: workersUi,
  [AZURE_FUNCTIONS]: azureFunctionsUi,
  [GCP_CLOUD_RUN]: cloudRunUi,
  [GCP_COMPUTE]: gcpComputeUi,
  [AZURE_VM]: azureVmUi,
  [DIGITALOCEAN_FUNCTIONS]: doFunctionsUi,
  [GCP_CLOUD_FUNCTIONS]: cloudFunctionsUi,
  [AWS_EDGE_FUNCTIONS]: edgeFunctionsUi,
};
