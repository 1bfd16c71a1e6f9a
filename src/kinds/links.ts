import { AWS_EC2 } from './aws-ec2/kind';
import { EC2_LINK_KEYS } from './aws-ec2/links';
import { AWS_FARGATE } from './aws-fargate/kind';
import { FARGATE_LINK_KEYS } from './aws-fargate/links';
import { AWS_LAMBDA } from './aws-lambda/kind';
import { LAMBDA_LINK_KEYS } from './aws-lambda/links';
import { AZURE_FUNCTIONS } from './azure-functions/kind';
import { AZURE_FUNCTIONS_LINK_KEYS } from './azure-functions/links';
import { AZURE_VM } from './azure-vm/kind';
import { AZURE_VM_LINK_KEYS } from './azure-vm/links';
import { CLOUDFLARE_WORKERS } from './cloudflare-workers/kind';
import { WORKERS_LINK_KEYS } from './cloudflare-workers/links';
import { GCP_CLOUD_RUN } from './gcp-cloud-run/kind';
import { CLOUD_RUN_LINK_KEYS } from './gcp-cloud-run/links';
import { GCP_COMPUTE } from './gcp-compute/kind';
import { GCE_LINK_KEYS } from './gcp-compute/links';
import { DIGITALOCEAN_FUNCTIONS } from './digitalocean-functions/kind';
import { DO_FUNCTIONS_LINK_KEYS } from './digitalocean-functions/links';
import { GCP_CLOUD_FUNCTIONS } from './gcp-cloud-functions/kind';
import { CLOUD_FUNCTIONS_LINK_KEYS } from './gcp-cloud-functions/links';
import { AWS_EDGE_FUNCTIONS } from './aws-edge-functions/kind';
import { EDGE_FUNCTIONS_LINK_KEYS } from './aws-edge-functions/links';
import type { LinkKeys } from './linkKeys';
import type { SystemKind } from './models';

/** Every kind's abbreviations in share links: one line per kind (the type requires all). */
export const KIND_LINK_KEYS: { readonly [K in SystemKind]: LinkKeys } = {
  [AWS_LAMBDA]: LAMBDA_LINK_KEYS,
  [AWS_EC2]: EC2_LINK_KEYS,
  [AWS_FARGATE]: FARGATE_LINK_KEYS,
  [CLOUDFLARE_WORKERS]: WORKERS_LINK_KEYS,
  [AZURE_FUNCTIONS]: AZURE_FUNCTIONS_LINK_KEYS,
  [GCP_CLOUD_RUN]: CLOUD_RUN_LINK_KEYS,
  [GCP_COMPUTE]: GCE_LINK_KEYS,
  [AZURE_VM]: AZURE_VM_LINK_KEYS,
  [DIGITALOCEAN_FUNCTIONS]: DO_FUNCTIONS_LINK_KEYS,
  [GCP_CLOUD_FUNCTIONS]: CLOUD_FUNCTIONS_LINK_KEYS,
  [AWS_EDGE_FUNCTIONS]: EDGE_FUNCTIONS_LINK_KEYS,
};
