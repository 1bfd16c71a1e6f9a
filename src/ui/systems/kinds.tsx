import { type ComponentType, Suspense, lazy } from 'react';
import type { ScenarioSystem } from '../../scenario';
import type { SystemKind, SystemOf } from '../../state';
import type { EditorProps } from './editorProps';
import { withPatch } from './patch';

// Editors load with the first card opened: the collapsed cards and the first figure don't need them.
const LambdaEditor = lazy(() => import('./editors').then((m) => ({ default: m.LambdaEditor })));
const Ec2Editor = lazy(() => import('./editors').then((m) => ({ default: m.Ec2Editor })));
const FargateEditor = lazy(() => import('./editors').then((m) => ({ default: m.FargateEditor })));
const CloudflareWorkersEditor = lazy(() => import('./editors').then((m) => ({ default: m.CloudflareWorkersEditor })));
const AzureFunctionsEditor = lazy(() => import('./editors').then((m) => ({ default: m.AzureFunctionsEditor })));
const CloudRunEditor = lazy(() => import('./editors').then((m) => ({ default: m.CloudRunEditor })));
const GcpVmEditor = lazy(() => import('./editors').then((m) => ({ default: m.GcpVmEditor })));
const AzureVmEditor = lazy(() => import('./editors').then((m) => ({ default: m.AzureVmEditor })));
const DiscountFields = lazy(() => import('./editors').then((m) => ({ default: m.DiscountFields })));

/** What the systems editor knows about one kind: its name, a new system of it, and its editor. */
export type KindEntry<K extends SystemKind> = {
  readonly label: string;
  readonly create: () => SystemOf<K>;
  readonly Editor: ComponentType<EditorProps<K>>;
  /** One line of the settings that matter, for the collapsed card: "t3.small × 2 · ALB". */
  readonly summary: (system: SystemOf<K>) => string;
};

/**
 * Every system kind the editor offers. A new kind (Cloudflare, Azure, Google…) is one entry here;
 * the type requires an entry for every kind the scenario schema accepts.
 */
export const SYSTEM_KINDS: { readonly [K in SystemKind]: KindEntry<K> } = {
  'aws-lambda': {
    label: 'AWS Lambda',
    create: () => ({ id: 'lambda', name: 'Lambda', kind: 'aws-lambda' }),
    Editor: LambdaEditor,
    summary: (s) =>
      [s.architecture ?? 'workload architecture', FRONT_DOOR[s.frontDoor ?? 'none'], s.provisionedConcurrency ? `${s.provisionedConcurrency.concurrency} provisioned` : null]
        .filter(Boolean)
        .join(' · '),
  },
  'aws-ec2': {
    label: 'Amazon EC2',
    create: () => ({ id: 'ec2', name: 'EC2 t3.small', kind: 'aws-ec2', instanceType: 't3.small', count: 1 }),
    Editor: Ec2Editor,
    summary: (s) => [s.instanceType, fleetText(s.count, s.rpsPerInstance, s.minInstances, 'instance'), s.loadBalancer === 'alb' ? 'ALB' : null].filter(Boolean).join(' · '),
  },
  'aws-fargate': {
    label: 'AWS Fargate',
    create: () => ({ id: 'fargate', name: 'Fargate 0.5 vCPU / 1 GB', kind: 'aws-fargate', vcpu: 0.5, memoryGb: 1, tasks: 1 }),
    Editor: FargateEditor,
    summary: (s) => [`${s.vcpu} vCPU / ${s.memoryGb} GB`, fleetText(s.tasks, s.rpsPerTask, s.minTasks, 'task'), s.loadBalancer === 'alb' ? 'ALB' : null].filter(Boolean).join(' · '),
  },
  'cloudflare-workers': {
    label: 'Cloudflare Workers',
    create: () => ({ id: 'workers', name: 'Cloudflare Workers', kind: 'cloudflare-workers' }),
    Editor: CloudflareWorkersEditor,
    summary: (s) => ['billed on CPU time', s.staticAssetShare ? `${Math.round(s.staticAssetShare * 100)}% static assets` : null].filter(Boolean).join(' · '),
  },
  'azure-functions': {
    label: 'Azure Functions',
    create: () => ({ id: 'azure-functions', name: 'Azure Functions', kind: 'azure-functions' }),
    Editor: AzureFunctionsEditor,
    summary: (s) =>
      s.plan === 'flex'
        ? ['Flex Consumption', `${s.instanceMemoryMb ?? 2048} MB instances`, s.alwaysReady ? `${s.alwaysReady} always ready` : null].filter(Boolean).join(' · ')
        : 'Consumption',
  },
  'gcp-cloud-run': {
    label: 'Google Cloud Run',
    create: () => ({ id: 'cloud-run', name: 'Cloud Run', kind: 'gcp-cloud-run' }),
    Editor: CloudRunEditor,
    summary: (s) => [s.region ?? 'us-central1', `${s.billing ?? 'request'}-based`, `${s.vcpu ?? 1} vCPU / ${s.memoryGib ?? 0.5} GiB`].join(' · '),
  },
  'gcp-compute': {
    label: 'Google Compute Engine VM',
    create: () => ({ id: 'gce', name: 'GCE e2-small', kind: 'gcp-compute', machineType: 'e2-small', count: 1 }),
    Editor: GcpVmEditor,
    summary: (s) => [s.machineType, fleetText(s.count, s.rpsPerInstance, s.minInstances, 'instance')].join(' · '),
  },
  'azure-vm': {
    label: 'Azure VM',
    create: () => ({ id: 'azure-vm', name: 'Azure B1s', kind: 'azure-vm', machineType: 'B1s', count: 1 }),
    Editor: AzureVmEditor,
    summary: (s) => [s.machineType, fleetText(s.count, s.rpsPerInstance, s.minInstances, 'instance')].join(' · '),
  },
};

const FRONT_DOOR = { none: 'no API Gateway', 'http-api': 'HTTP API', 'rest-api': 'REST API' } as const;

function fleetText(count: number | undefined, rps: number | undefined, min: number | undefined, noun: string): string {
  if (rps !== undefined) return `${rps} req/s per ${noun}, min ${min ?? 1}`;
  const n = count ?? 1;
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The one-line summary of a system, whatever its kind. */
export function summarize(system: ScenarioSystem): string {
  return (SYSTEM_KINDS[system.kind].summary as (s: ScenarioSystem) => string)(system);
}

/** Kinds in menu order. */
export const KIND_ORDER = Object.keys(SYSTEM_KINDS) as SystemKind[];

/** The editor of one system, whatever its kind. */
export function SystemEditor<K extends SystemKind>(props: EditorProps<K>) {
  // The map's type ties each kind to its editor; TypeScript cannot follow that through an index.
  const Editor = SYSTEM_KINDS[props.system.kind].Editor as unknown as ComponentType<EditorProps<K>>;
  const { system, path, onChange } = props;
  return (
    <Suspense fallback={<p className="muted">Loading settings…</p>}>
      <Editor {...props} />
      <DiscountFields discount={system.discount} path={path} onChange={(discount) => onChange(withPatch(system as ScenarioSystem, { discount }) as typeof system)} />
    </Suspense>
  );
}
