import type { z } from 'zod';
import type { FileMeta, ServiceId, ServicePrices } from '../../engine';
import { AwsAlbFile, albPrices } from './awsAlb';
import { AwsApiGatewayFile, apiGatewayPrices } from './awsApiGateway';
import { AwsDataTransferFile, dataTransferPrices } from './awsDataTransfer';
import { AwsEc2File, ec2Prices } from './awsEc2';
import { AwsFargateFile, fargatePrices } from './awsFargate';
import { AwsLambdaFile, lambdaPrices } from './awsLambda';

/** How to validate one service's files and read one region's prices out of them. */
type ServiceFormat<K extends ServiceId, F> = {
  readonly schema: z.ZodType<F>;
  readonly prices: (meta: FileMeta, file: F, region: string) => ServicePrices[K] | undefined;
};

function format<K extends ServiceId, F>(f: ServiceFormat<K, F>): ServiceFormat<K, unknown> {
  return f as unknown as ServiceFormat<K, unknown>;
}

/** Every service the pricing folder may hold. A new service adds a schema file and a line here. */
export const SERVICE_FORMATS: { readonly [K in ServiceId]: ServiceFormat<K, unknown> } = {
  'aws-lambda': format({ schema: AwsLambdaFile, prices: lambdaPrices }),
  'aws-api-gateway': format({ schema: AwsApiGatewayFile, prices: apiGatewayPrices }),
  'aws-ec2': format({ schema: AwsEc2File, prices: ec2Prices }),
  'aws-alb': format({ schema: AwsAlbFile, prices: albPrices }),
  'aws-fargate': format({ schema: AwsFargateFile, prices: fargatePrices }),
  'aws-data-transfer': format({ schema: AwsDataTransferFile, prices: dataTransferPrices }),
};

export function isServiceId(s: string): s is ServiceId {
  return Object.hasOwn(SERVICE_FORMATS, s);
}
