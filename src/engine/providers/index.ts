import type { SystemSpec } from '../model';
import { awsEc2Model } from './awsEc2';
import { awsFargateModel } from './awsFargate';
import { awsLambdaModel } from './awsLambda';
import { azureFunctionsModel } from './azureFunctions';
import { cloudflareWorkersModel } from './cloudflareWorkers';
import { cloudVmModel } from './cloudVm';
import type { ProviderContext, SystemModel } from './context';
import { discountLines } from './discount';
import { gcpCloudRunModel } from './gcpCloudRun';

export type { ProviderContext, SystemModel } from './context';

/** Maps one system of any kind onto its bill lines, plus its discount line. New kinds add a case here and a provider file. */
export function systemModel(ctx: ProviderContext, system: SystemSpec): SystemModel {
  const model = kindModel(ctx, system);
  const discount = discountLines(system.kind, model.lines, system.discount, ctx.path);
  return discount.length === 0 ? model : { ...model, lines: [...model.lines, ...discount] };
}

function kindModel(ctx: ProviderContext, system: SystemSpec): SystemModel {
  switch (system.kind) {
    case 'aws-lambda':
      return awsLambdaModel(ctx, system);
    case 'aws-ec2':
      return awsEc2Model(ctx, system);
    case 'aws-fargate':
      return awsFargateModel(ctx, system);
    case 'cloudflare-workers':
      return cloudflareWorkersModel(ctx, system);
    case 'azure-functions':
      return azureFunctionsModel(ctx, system);
    case 'gcp-cloud-run':
      return gcpCloudRunModel(ctx, system);
    case 'gcp-compute':
    case 'azure-vm':
      return cloudVmModel(ctx, system);
  }
}
