/** Every kind's editor, in one module so they load together, lazily, when a card first opens. */
export { LambdaEditor } from './aws-lambda/Editor';
export { Ec2Editor } from './aws-ec2/Editor';
export { FargateEditor } from './aws-fargate/Editor';
export { CloudflareWorkersEditor } from './cloudflare-workers/Editor';
export { AzureFunctionsEditor } from './azure-functions/Editor';
export { CloudRunEditor } from './gcp-cloud-run/Editor';
export { GcpVmEditor } from './gcp-compute/Editor';
export { AzureVmEditor } from './azure-vm/Editor';
export { DigitalOceanFunctionsEditor } from './digitalocean-functions/Editor';
export { CloudFunctionsEditor } from './gcp-cloud-functions/Editor';
export { EdgeFunctionsEditor } from './aws-edge-functions/Editor';
export { DiscountFields } from '../ui/systems/DiscountFields';
