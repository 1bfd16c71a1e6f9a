import eventSourcing from '../../examples/architectures/event-sourcing.json';
import fanOut from '../../examples/architectures/fan-out.json';
import httpApi from '../../examples/architectures/http-api.json';
import imagePipeline from '../../examples/architectures/image-pipeline.json';
import queueBuffer from '../../examples/architectures/queue-buffer.json';
import saga from '../../examples/architectures/saga.json';

/** A starting point for an architecture comparison: one of the brief's drawings, serverless and container/VM alternatives. */
export type ArchitectureTemplate = {
  readonly id: string;
  readonly title: string;
  /** One sentence: what the serverless design is and what replaces its compute. */
  readonly summary: string;
  /** The scenario as a file would hold it (validated by the templates' test, like any file). */
  readonly scenario: unknown;
};

/**
 * The brief's architectures, each as a scenario of schema 4 with a serverless architecture and an
 * alternative that keeps the data services and replaces the compute. The same files are the CLI's
 * examples (examples/architectures/).
 */
export const ARCHITECTURE_TEMPLATES: readonly ArchitectureTemplate[] = [
  {
    id: 'http-api',
    title: 'HTTP API → function',
    summary: 'An HTTP API in front of a Lambda function and a DynamoDB table, or a Fargate service behind an ALB.',
    scenario: httpApi,
  },
  {
    id: 'image-pipeline',
    title: 'Upload pipeline',
    summary:
      'An S3 upload triggers a function that writes to S3 and DynamoDB, or an SQS queue of upload events drained by Fargate workers.',
    scenario: imagePipeline,
  },
  {
    id: 'queue-buffer',
    title: 'Buffered API',
    summary: 'API Gateway puts requests on an SQS queue that a function drains in batches, or EC2 workers drain it.',
    scenario: queueBuffer,
  },
  {
    id: 'fan-out',
    title: 'Fan-out',
    summary:
      'SQS → a function → an SNS topic → four functions (email, SMS, push, logging), or one Fargate service doing all five.',
    scenario: fanOut,
  },
  {
    id: 'event-sourcing',
    title: 'Event sourcing',
    summary:
      'Events stored in DynamoDB, a stream feeding a projector function, or an EC2 fleet behind an ALB on the same tables.',
    scenario: eventSourcing,
  },
  {
    id: 'saga',
    title: 'Order saga',
    summary:
      'Step Functions orchestrates four functions with a DynamoDB table, or one Fargate service runs the whole saga.',
    scenario: saga,
  },
];
