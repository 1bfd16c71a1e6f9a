import { dynamoDbComponent } from './aws-dynamodb/scenario';
import { s3Component } from './aws-s3/scenario';
import { snsComponent } from './aws-sns/scenario';
import { sqsComponent } from './aws-sqs/scenario';
import type { AnyComponentKind } from './componentKind';

/**
 * The managed-service component kinds of architectures (S3, DynamoDB, SQS, SNS, EventBridge, Step
 * Functions, CloudWatch Logs, Kinesis…), one line each. Compute components (Lambda, EC2, Fargate)
 * are the system kinds of src/kinds/models.ts.
 */
export const COMPONENT_KINDS: readonly AnyComponentKind[] = [
  // One line each, so that kinds added in parallel merge cleanly.
  dynamoDbComponent,
  s3Component,
  snsComponent,
  sqsComponent,
];
