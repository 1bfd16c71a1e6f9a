import type { ComponentKind } from '../componentKind';
import { AWS_DYNAMODB, type DynamoDbComponent } from './kind';
import { dynamoDbModel } from './model';
import { type DynamoDbComponentInput, DynamoDbComponentSchema, resolveDynamoDb } from './scenario';
import { streamRecords } from './units';

/** The aws-dynamodb component kind: an on-demand table whose stream, when on, triggers functions. */
export const dynamoDbComponent: ComponentKind<DynamoDbComponentInput, DynamoDbComponent> = {
  kind: AWS_DYNAMODB,
  schema: DynamoDbComponentSchema,
  resolve: resolveDynamoDb,
  model: dynamoDbModel,
  // A stream carries one record per item written; without a stream the table triggers nothing.
  emits: streamRecords,
};
