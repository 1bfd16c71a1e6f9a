import httpApi from '../../examples/architectures/http-api.json';

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
];
