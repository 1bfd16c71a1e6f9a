import { KIND_UI } from '../../kinds/ui';
import { COMPONENT_KIND_IDS, type WrittenComponent } from '../../scenario/architecture/schema';
import type { SystemKind } from '../../state';

/** A managed service in the palette: its name and a component that prices as soon as it is added. */
type ServiceEntry = { readonly label: string; readonly start: Omit<WrittenComponent, 'kind'> };

/**
 * Starting fields of each managed service: one unit of its main volume per entry request (a queue
 * receives one message, a table one read and one write), everything else at the kind's defaults.
 * A kind missing here still appears, named by its id and started from its id alone.
 */
const SERVICES: Readonly<Record<string, ServiceEntry>> = {
  'aws-api-gateway': {
    label: 'Amazon API Gateway',
    start: { id: 'api', name: 'API', api: 'http', perRequest: { calls: 1 } },
  },
  'aws-sqs': { label: 'Amazon SQS queue', start: { id: 'queue', name: 'Queue', perRequest: { messages: 1 } } },
  'aws-sns': {
    label: 'Amazon SNS topic',
    start: { id: 'topic', name: 'Topic', perRequest: { publishes: 1 }, subscribers: 1 },
  },
  'aws-s3': { label: 'Amazon S3 bucket', start: { id: 'bucket', name: 'Bucket', perRequest: { puts: 1, gets: 1 } } },
  'aws-dynamodb': {
    label: 'Amazon DynamoDB table',
    start: { id: 'table', name: 'Table', perRequest: { writes: 1, reads: 1 } },
  },
  'aws-eventbridge': {
    label: 'Amazon EventBridge bus',
    start: { id: 'bus', name: 'Event bus', perRequest: { events: 1 } },
  },
  'aws-step-functions': {
    label: 'AWS Step Functions',
    start: { id: 'workflow', name: 'Workflow', type: 'standard', perRequest: { transitions: 5 } },
  },
  'aws-kinesis': {
    label: 'Amazon Kinesis stream',
    start: { id: 'stream', name: 'Stream', perRequest: { records: 1 } },
  },
  'aws-cloudwatch-logs': { label: 'Amazon CloudWatch Logs', start: { id: 'logs', name: 'Logs', kbPerRequest: 1 } },
};

const isCompute = (kind: string): kind is SystemKind => kind in KIND_UI;

/** Every kind a component may be, in the palette's order (compute first, as the schema lists them). */
export const PALETTE: readonly { readonly kind: string; readonly label: string }[] = COMPONENT_KIND_IDS.map((kind) => ({
  kind,
  label: componentKindLabel(kind),
}));

/** A kind's name as the palette shows it. */
export function componentKindLabel(kind: string): string {
  if (isCompute(kind)) return KIND_UI[kind].label;
  return SERVICES[kind]?.label ?? kind;
}

/** Whether a component kind is compute (a system kind): it takes the compute fields and the kind's own editor. */
export function isComputeKind(kind: string): kind is SystemKind {
  return isCompute(kind);
}

/**
 * A new component of `kind` with sensible starting fields: a compute kind's suggested system (as the
 * systems editor adds it, without a discount, which components do not take), a service's entry above.
 */
export function newComponent(kind: string): WrittenComponent {
  if (isCompute(kind)) {
    const {
      discount: _none,
      id,
      name,
      ...system
    } = KIND_UI[kind].create() as Record<string, unknown> & {
      id: string;
      name?: string;
      discount?: unknown;
    };
    const fn = kind === 'aws-lambda';
    return { ...system, kind, id: fn ? 'function' : id, name: fn ? 'Function' : (name ?? id) };
  }
  const start = SERVICES[kind]?.start ?? { id: kind.replace(/^aws-/, '') };
  return { ...start, kind } as WrittenComponent;
}

/** A new architecture: one function, the entry point, to add components after. */
export function newArchitecture(): { id: string; name: string; components: WrittenComponent[] } {
  return { id: 'architecture', name: 'Architecture', components: [newComponent('aws-lambda')] };
}
