import { AWS_FARGATE } from '../kinds/aws-fargate/kind';
import { AZURE_FUNCTIONS } from '../kinds/azure-functions/kind';
import type { Scenario } from '../scenario';

/** Workload fields as the form labels them. */
const WORKLOAD: Readonly<Record<string, string>> = {
  requestsPerMonth: 'Requests',
  durationMs: 'Average duration',
  cpuMs: 'CPU time per request',
  memoryMb: 'Memory',
  architecture: 'Architecture',
  ephemeralStorageMb: 'Ephemeral storage',
  coldStartRate: 'Cold-start rate',
  initDurationMs: 'INIT duration',
  peakToAverage: 'Peak-to-average traffic',
  memoryPerRequestMb: 'Server memory per request in flight',
  requestKb: 'Request size',
  responseKb: 'Response size',
  cpuBoundShare: 'CPU-bound share',
  threads: 'Threads',
  maxMemoryUsedMb: 'Max memory used',
  headroomPct: 'Headroom',
};

/** Scenario-level fields, under the panel that edits them. */
const TOP: Readonly<Record<string, string>> = {
  pricingDate: 'Prices › Price list date',
  region: 'Prices › AWS region',
  freeTier: 'Prices › Always-free tiers',
  apiGatewayFreeTier: 'Prices › AWS API Gateway free tier',
  systems: 'Systems',
  architectures: 'Architectures',
  '(scenario)': 'Scenario',
};

/** A system's (or compute component's) fields as its editor labels them; a kind's own wording first. */
const SYSTEM: Readonly<Record<string, string>> = {
  id: 'Id',
  name: 'Name',
  kind: 'Kind',
  count: 'Instances',
  tasks: 'Tasks',
  rpsPerInstance: 'Requests per second per instance',
  rpsPerTask: 'Requests per second per task',
  minInstances: 'Minimum instances',
  minTasks: 'Minimum tasks',
  targetUtilization: 'Target CPU utilisation at peak',
  instanceType: 'Instance type',
  commitment: 'Commitment',
  loadBalancer: 'Application Load Balancer',
  azs: 'Load balancer Availability Zones',
  albPublicIpv4: 'Internet-facing load balancer',
  albRules: 'Listener rules per request',
  publicIpv4: 'Public IPv4 addresses per instance',
  ebsGb: 'EBS root volume per instance',
  natGateways: 'NAT gateways',
  natKbPerRequest: 'Through the NAT per request',
  vcpu: 'vCPU per instance',
  memoryGb: 'Task memory',
  memoryGib: 'Memory per instance',
  concurrency: 'Concurrent requests per instance',
  region: 'Region',
  billing: 'Billing',
  plan: 'Plan',
  sizing: 'Instances sized by',
  alwaysReady: 'Always-ready instances',
  instanceMemoryMb: 'Instance memory',
  machineType: 'Machine type',
  hoursPerMonth: 'Hours per month',
  frontDoor: 'Front door',
  architecture: 'Architecture',
  staticAssetShare: 'Static-asset share of requests',
  trigger: 'Invoked by',
  provisionedConcurrency: 'Provisioned concurrency',
  'provisionedConcurrency.concurrency': 'Provisioned concurrency',
  'provisionedConcurrency.hoursPerMonth': 'Provisioned hours',
  'provisionedConcurrency.requestsPerMonth': 'Requests served on provisioned concurrency',
  'provisionedConcurrency.durationMs': 'Duration on provisioned concurrency',
  discount: 'Discount on compute',
  'discount.kind': 'Discount kind',
  'discount.percent': 'Discount',
  // An architecture's components.
  components: 'Components',
  triggeredBy: 'Triggered by',
  batchSize: 'Batch size',
  durationMs: 'Duration',
  cpuMs: 'CPU time',
  memoryMb: 'Memory',
  responseKb: 'Response size',
  logKbPerInvocation: 'Logs per invocation',
};

/** Where a kind words a field its own way. */
const BY_KIND: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  [AWS_FARGATE]: { vcpu: 'Task vCPU', publicIpv4: 'Public IPv4 addresses per task' },
  [AZURE_FUNCTIONS]: { concurrency: 'Concurrent executions per instance' },
};

/**
 * A scenario field as the user sees it on the page: `systems[2].rpsPerInstance` → "t3.small › Requests
 * per second per instance", `workload.coldStartRate` → "Workload › Cold-start rate",
 * `architectures[0].components[1].memoryMb` → "Orders › Processor › Memory". A field the form does not
 * label is spelled out in words ("someField" → "some field"), never as a path.
 */
export function fieldLabel(path: string, scenario: Pick<Scenario, 'systems' | 'architectures'>): string {
  const segments = path.split(/\.|(?=\[)/).map((s) => (/^\[\d+\]$/.test(s) ? Number(s.slice(1, -1)) : s));
  const [head, i, ...rest] = segments;
  if (head === 'workload' && typeof i === 'string') return `Workload › ${WORKLOAD[i] ?? words(i)}`;
  if (head === 'systems' && typeof i === 'number') {
    const s = scenario.systems[i];
    return join(s ? (s.name ?? s.id) : `System ${i + 1}`, keyLabel(rest, s?.kind));
  }
  if (head === 'architectures' && typeof i === 'number') {
    const a = scenario.architectures?.[i];
    const archName = a ? (a.name ?? a.id) : `Architecture ${i + 1}`;
    const [components, j, ...own] = rest;
    if (components === 'components' && typeof j === 'number') {
      const c = a?.components[j];
      return join(`${archName} › ${c ? (c.name ?? c.id) : `Component ${j + 1}`}`, keyLabel(own, c?.kind));
    }
    return join(archName, keyLabel(rest, undefined));
  }
  return TOP[path] ?? segments.map((s) => (typeof s === 'number' ? `#${s + 1}` : words(s))).join(' › ');
}

function keyLabel(rest: readonly (string | number)[], kind: string | undefined): string {
  const key = rest.filter((k) => typeof k === 'string').join('.');
  if (key === '') return '';
  const own = kind ? BY_KIND[kind] : undefined;
  if (rest[0] === 'perRequest' && typeof rest[1] === 'string') return `${capital(words(rest[1]))} per entry request`;
  return own?.[key] ?? SYSTEM[key] ?? capital(words(key.replace(/\./g, ' ')));
}

function join(owner: string, label: string): string {
  return label === '' ? owner : `${owner} › ${label}`;
}

/** "rpsPerInstance" → "rps per instance". */
function words(key: string): string {
  return key.replace(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, ' ').toLowerCase();
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The issues as the boxes show them: a field whose box holds typed text the scenario does not have
 * ("abc" after "-5", or 150 in a field in %) is described by that text's problem, not by the value
 * still in the scenario; other issues stay as they are.
 */
export function issuesOnScreen(
  issues: readonly { readonly field: string; readonly message: string }[],
  drafts: Readonly<Record<string, string>>,
): { readonly field: string; readonly message: string }[] {
  const fromDrafts = Object.entries(drafts).map(([field, message]) => ({ field, message }));
  return [...fromDrafts, ...issues.filter((i) => drafts[i.field] === undefined)];
}
