import type { ServiceFormat } from '../pricing/common';
import { albPricingFile } from './aws-alb/pricingFile';
import { apiGatewayPricingFile } from './aws-api-gateway/pricingFile';
import { dataTransferPricingFile } from './aws-data-transfer/pricingFile';
import { dynamoDbPricingFile } from './aws-dynamodb/pricingFile';
import { ebsPricingFile } from './aws-ebs/pricingFile';
import { ec2PricingFile } from './aws-ec2/pricingFile';
import { fargatePricingFile } from './aws-fargate/pricingFile';
import { lambdaPricingFile } from './aws-lambda/pricingFile';
import { natGatewayPricingFile } from './aws-nat-gateway/pricingFile';
import { publicIpv4PricingFile } from './aws-public-ipv4/pricingFile';
import { s3PricingFile } from './aws-s3/pricingFile';
import { snsPricingFile } from './aws-sns/pricingFile';
import { sqsPricingFile } from './aws-sqs/pricingFile';
import { azureFunctionsPricingFile } from './azure-functions/pricingFile';
import { azureVmPricingFile } from './azure-vm/pricingFile';
import { workersPricingFile } from './cloudflare-workers/pricingFile';
import { cloudRunPricingFile } from './gcp-cloud-run/pricingFile';
import { gcpComputePricingFile } from './gcp-compute/pricingFile';
import { eventBridgePricingFile } from './aws-eventbridge/pricingFile';
import { stepFunctionsPricingFile } from './aws-step-functions/pricingFile';
import { cloudWatchLogsPricingFile } from './aws-cloudwatch-logs/pricingFile';
import { kinesisPricingFile } from './aws-kinesis/pricingFile';
import { gcpEgressPricingFile } from './gcp-egress/pricingFile';
import { azureBandwidthPricingFile } from './azure-bandwidth/pricingFile';
import { doFunctionsPricingFile } from './digitalocean-functions/pricingFile';
import { cloudFunctionsPricingFile } from './gcp-cloud-functions/pricingFile';
import { edgeFunctionsPricingFile } from './aws-edge-functions/pricingFile';

/** Every service the pricing folder may hold: one line per kind or add-on charge with prices. */
const FORMATS: readonly ServiceFormat[] = [
  lambdaPricingFile,
  apiGatewayPricingFile,
  ec2PricingFile,
  albPricingFile,
  fargatePricingFile,
  dataTransferPricingFile,
  publicIpv4PricingFile,
  ebsPricingFile,
  natGatewayPricingFile,
  s3PricingFile,
  dynamoDbPricingFile,
  sqsPricingFile,
  snsPricingFile,
  workersPricingFile,
  azureFunctionsPricingFile,
  azureVmPricingFile,
  cloudRunPricingFile,
  gcpComputePricingFile,
  eventBridgePricingFile,
  stepFunctionsPricingFile,
  cloudWatchLogsPricingFile,
  kinesisPricingFile,
  gcpEgressPricingFile,
  azureBandwidthPricingFile,
  doFunctionsPricingFile,
  cloudFunctionsPricingFile,
  edgeFunctionsPricingFile,
];

/** Each service's format by its id (its pricing files' `service`). */
export const SERVICE_FORMATS: ReadonlyMap<string, ServiceFormat> = new Map(FORMATS.map((f) => [f.service, f] as const));
