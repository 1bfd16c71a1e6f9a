import type { WrittenComponent } from '../../scenario/architecture/schema';

/** What a box's colour says: the component's role, each role one hue of the shared palette. */
export type DiagramColour = 'compute' | 'api' | 'messaging' | 'data' | 'workflow' | 'logs';

/** The palette hue (src/share/chart/palette.ts) of each role. */
export const COLOUR_HUES: Readonly<Record<DiagramColour, number>> = {
  compute: 0,
  api: 3,
  messaging: 2,
  data: 1,
  workflow: 4,
  logs: 6,
};

const KINDS: Readonly<Record<string, readonly [string, DiagramColour]>> = {
  'aws-lambda': ['Lambda function', 'compute'],
  'aws-ec2': ['EC2 instances', 'compute'],
  'aws-fargate': ['Fargate service', 'compute'],
  'cloudflare-workers': ['Cloudflare Worker', 'compute'],
  'azure-functions': ['Azure Functions app', 'compute'],
  'gcp-cloud-run': ['Cloud Run service', 'compute'],
  'gcp-compute': ['Compute Engine VMs', 'compute'],
  'azure-vm': ['Azure VMs', 'compute'],
  'digitalocean-functions': ['DigitalOcean function', 'compute'],
  'gcp-cloud-functions': ['Cloud Function (1st gen)', 'compute'],
  'aws-edge-functions': ['Edge function', 'compute'],
  'aws-api-gateway': ['API Gateway API', 'api'],
  'aws-sqs': ['SQS queue', 'messaging'],
  'aws-sns': ['SNS topic', 'messaging'],
  'aws-eventbridge': ['EventBridge bus', 'messaging'],
  'aws-kinesis': ['Kinesis stream', 'messaging'],
  'aws-s3': ['S3 bucket', 'data'],
  'aws-dynamodb': ['DynamoDB table', 'data'],
  'aws-step-functions': ['Step Functions workflow', 'workflow'],
  'aws-cloudwatch-logs': ['CloudWatch log group', 'logs'],
};

const API_NAMES: Readonly<Record<string, string>> = {
  http: 'API Gateway HTTP API',
  rest: 'API Gateway REST API',
  websocket: 'API Gateway WebSocket API',
};

/** A component's kind in words ("SQS queue", "Lambda function"), with the variant where it matters. */
export function kindLabel(c: WrittenComponent): string {
  if (c.kind === 'aws-api-gateway') return API_NAMES[String(c['api'] ?? 'http')] ?? 'API Gateway API';
  if (c.kind === 'aws-sqs' && c['queue'] === 'fifo') return 'SQS FIFO queue';
  if (c.kind === 'aws-step-functions' && c['type'] === 'express') return 'Step Functions Express workflow';
  return KINDS[c.kind]?.[0] ?? c.kind;
}

/** A component's role, for its colour (compute for a kind this list does not know). */
export function colourOf(kind: string): DiagramColour {
  return KINDS[kind]?.[1] ?? 'compute';
}
