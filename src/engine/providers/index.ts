import type { SystemSpec } from '../model';
import { awsEc2Model } from './awsEc2';
import { awsFargateModel } from './awsFargate';
import { awsLambdaModel } from './awsLambda';
import type { ProviderContext, SystemModel } from './context';

export type { ProviderContext, SystemModel } from './context';

/** Maps one system of any kind onto its bill lines. New kinds add a case here and a provider file. */
export function systemModel(ctx: ProviderContext, system: SystemSpec): SystemModel {
  switch (system.kind) {
    case 'aws-lambda':
      return awsLambdaModel(ctx, system);
    case 'aws-ec2':
      return awsEc2Model(ctx, system);
    case 'aws-fargate':
      return awsFargateModel(ctx, system);
  }
}
