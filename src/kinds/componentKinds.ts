import type { AnyComponentKind } from './componentKind';
import { eventBridgeKind } from './aws-eventbridge/scenario';
import { stepFunctionsKind } from './aws-step-functions/scenario';
import { cloudWatchLogsKind } from './aws-cloudwatch-logs/scenario';
import { kinesisKind } from './aws-kinesis/scenario';
import { apiGatewayKind } from './aws-api-gateway/scenario';

/**
 * The managed-service component kinds of architectures (S3, DynamoDB, SQS, SNS, EventBridge, Step
 * Functions, CloudWatch Logs, Kinesis…), one line each. Compute components (Lambda, EC2, Fargate)
 * are the system kinds of src/kinds/models.ts.
 */
export const COMPONENT_KINDS: readonly AnyComponentKind[] = [
  eventBridgeKind, // Amazon EventBridge
  stepFunctionsKind, // AWS Step Functions
  cloudWatchLogsKind, // Amazon CloudWatch Logs
  kinesisKind, // Amazon Kinesis Data Streams
  apiGatewayKind, // Amazon API Gateway (HTTP, REST, WebSocket)
];
