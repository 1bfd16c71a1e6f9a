/** Every per-kind editor, in one module so they load together, lazily, when a card first opens. */
export { LambdaEditor } from './LambdaEditor';
export { Ec2Editor } from './Ec2Editor';
export { FargateEditor } from './FargateEditor';
export { CloudflareWorkersEditor } from './CloudflareWorkersEditor';
export { AzureFunctionsEditor } from './AzureFunctionsEditor';
export { CloudRunEditor } from './CloudRunEditor';
export { AzureVmEditor, GcpVmEditor } from './CloudVmEditor';
export { DiscountFields } from './DiscountFields';
