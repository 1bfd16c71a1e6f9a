import type { z } from 'zod';
import type { FileMeta, ServiceId, ServicePrices } from '../../engine';
import { AwsAlbFile, albPrices } from './awsAlb';
import { AwsApiGatewayFile, apiGatewayPrices } from './awsApiGateway';
import { AwsDataTransferFile, dataTransferPrices } from './awsDataTransfer';
import { AwsEc2File, ec2Prices } from './awsEc2';
import { AwsFargateFile, fargatePrices } from './awsFargate';
import { AwsLambdaFile, lambdaPrices } from './awsLambda';
import { AzureFunctionsFile, azureFunctionsPrices } from './azureFunctions';
import { CloudflareWorkersFile, cloudflareWorkersPrices } from './cloudflareWorkers';
import { GcpCloudRunFile, cloudRunPrices } from './gcpCloudRun';
import { AzureVmFile, GcpComputeFile, vmPrices } from './vms';

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
  // Other clouds: one file holds all their regions; a system names its region, so the reader ignores the scenario's AWS region.
  'cloudflare-workers': format({ schema: CloudflareWorkersFile, prices: (meta, file) => cloudflareWorkersPrices(meta, file) }),
  'azure-functions': format({ schema: AzureFunctionsFile, prices: (meta, file) => azureFunctionsPrices(meta, file) }),
  'azure-vm': format({ schema: AzureVmFile, prices: (meta, file) => vmPrices(meta, file) }),
  'gcp-cloud-run': format({ schema: GcpCloudRunFile, prices: (meta, file) => cloudRunPrices(meta, file) }),
  'gcp-compute': format({ schema: GcpComputeFile, prices: (meta, file) => vmPrices(meta, file) }),
};

export function isServiceId(s: string): s is ServiceId {
  return Object.hasOwn(SERVICE_FORMATS, s);
}
