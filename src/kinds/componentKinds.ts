import { apiGatewayKind } from './aws-api-gateway/scenario';
import { cloudWatchLogsKind } from './aws-cloudwatch-logs/scenario';
import { dynamoDbComponent } from './aws-dynamodb/scenario';
import { eventBridgeKind } from './aws-eventbridge/scenario';
import { kinesisKind } from './aws-kinesis/scenario';
import { s3Component } from './aws-s3/scenario';
import { snsComponent } from './aws-sns/scenario';
import { sqsComponent } from './aws-sqs/scenario';
import { stepFunctionsKind } from './aws-step-functions/scenario';
import type { AnyComponentKind } from './componentKind';

/**
 * The managed-service component kinds of architectures, one line each, in palette order. Compute
 * components (Lambda, EC2, Fargate…) are the system kinds of src/kinds/models.ts.
 */
export const COMPONENT_KINDS: readonly AnyComponentKind[] = [
  apiGatewayKind, // Amazon API Gateway (HTTP, REST, WebSocket)
  sqsComponent, // Amazon SQS
  snsComponent, // Amazon SNS
  s3Component, // Amazon S3
  dynamoDbComponent, // Amazon DynamoDB on-demand
  eventBridgeKind, // Amazon EventBridge
  stepFunctionsKind, // AWS Step Functions
  kinesisKind, // Amazon Kinesis Data Streams
  cloudWatchLogsKind, // Amazon CloudWatch Logs
];
