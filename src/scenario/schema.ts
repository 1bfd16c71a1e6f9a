import { z } from 'zod';
import { API_TYPES, ARCHITECTURES } from '../engine';

/** The scenario format version this code writes. Older versions are migrated on read. */
export const SCENARIO_SCHEMA_VERSION = 2;

/** A finite number (JSON's 1e999 parses to Infinity: refuse it by name). */
const finite = () => z.number({ error: 'must be a number' }).refine(Number.isFinite, 'must be a finite number');
const nonNegative = () => finite().refine((n) => n >= 0, 'must not be negative');
const positive = () => finite().refine((n) => n > 0, 'must be greater than 0');
const integer = () => finite().refine(Number.isInteger, 'must be a whole number');

const Architecture = z.enum(ARCHITECTURES);
const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, 'must be 1–40 letters, digits, "_", "." or "-", starting with a letter or digit');
// Names are always rendered as text, but markup in a shared link is refused (issue #4), so refuse it at the source too.
// Control characters (line breaks, tabs, terminal escapes) would split a Markdown row or a CSV cell, or drive a terminal.
const Name = z
  .string()
  .max(80, 'must be at most 80 characters')
  .refine((s) => !/[<>]/.test(s), 'must not contain < or >')
  .refine((s) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(s), 'must not contain control characters (line breaks, tabs, escapes)');

/**
 * Requests per second one instance or task serves. Bounded so a fleet stays a count anyone can
 * read: below 0.001 req/s (2,628 requests a month) a fleet of 10^12 requests would need 10^11+ members.
 */
const rpsPerMember = () => finite().refine((n) => n >= 0.001 && n <= 1_000_000, 'must be 0.001–1,000,000 requests per second');

export const WorkloadSchema = z.strictObject({
  requestsPerMonth: nonNegative().refine((n) => n <= 1e12, 'must be at most 10^12 requests/month'),
  durationMs: positive().refine((n) => n <= 900_000, 'must be at most 900,000 ms (15 minutes)'),
  memoryMb: integer().refine((n) => n > 0, 'must be greater than 0').refine((n) => n <= 32_768, 'must be at most 32,768 MB (32 GiB)'),
  architecture: Architecture.optional(),
  ephemeralStorageMb: integer().optional(),
  cpuMs: nonNegative().refine((n) => n <= 900_000, 'must be at most 900,000 ms (15 minutes)').optional(),
  coldStartRate: nonNegative().refine((n) => n <= 1, 'must be between 0 and 1').optional(),
  initDurationMs: nonNegative().refine((n) => n <= 600_000, 'must be at most 600,000 ms').optional(),
  peakToAverage: finite().refine((n) => n >= 1 && n <= 1000, 'must be between 1 and 1,000').optional(),
  requestKb: nonNegative().refine((n) => n <= 10 * 1024 * 1024, 'must be at most 10 GB').optional(),
  responseKb: nonNegative().refine((n) => n <= 10 * 1024 * 1024, 'must be at most 10 GB').optional(),
  // Version 2: inputs of memory right-sizing (src/engine/rightsizing).
  cpuBoundShare: nonNegative().refine((n) => n <= 1, 'must be between 0 and 1').optional(),
  threads: integer().refine((n) => n >= 1 && n <= 64, 'must be a whole number from 1 to 64').optional(),
  maxMemoryUsedMb: integer().refine((n) => n >= 1 && n <= 10_240, 'must be 1–10,240 MB').optional(),
  headroomPct: nonNegative().refine((n) => n <= 1000, 'must be between 0 and 1,000').optional(),
});

const hours = () => nonNegative().refine((n) => n <= 744, 'must be at most 744 hours (a 31-day month)');

/** A discount on the compute lines of one system (`savings-plan` also stands for committed-use discounts). */
const DiscountSchema = z.strictObject({
  kind: z.enum(['savings-plan', 'negotiated'], { error: 'must be "savings-plan" or "negotiated"' }),
  percent: finite().refine((n) => n >= 0 && n < 100, 'must be at least 0 and below 100'),
});

export const LambdaSystemSchema = z.strictObject({
  id: Id,
  name: Name.optional(),
  kind: z.literal('aws-lambda'),
  architecture: Architecture.optional(),
  frontDoor: z.enum(['none', ...API_TYPES]).optional(),
  provisionedConcurrency: z
    .strictObject({
      concurrency: integer().refine((n) => n >= 1 && n <= 100_000, 'must be 1–100,000'),
      hoursPerMonth: hours(),
      requestsPerMonth: nonNegative().refine((n) => n <= 1e12, 'must be at most 10^12 requests/month').optional(),
      durationMs: positive().refine((n) => n <= 900_000, 'must be at most 900,000 ms (15 minutes)').optional(),
    })
    .optional(),
  discount: DiscountSchema.optional(),
});

export const Ec2SystemSchema = z.strictObject({
  id: Id,
  name: Name.optional(),
  kind: z.literal('aws-ec2'),
  instanceType: z.string().regex(/^[a-z0-9]+\.[a-z0-9]+$/, 'must look like "t3.small"'),
  count: integer().refine((n) => n >= 1 && n <= 100_000, 'must be 1–100,000').optional(),
  minInstances: integer().refine((n) => n >= 0 && n <= 100_000, 'must be 0–100,000').optional(),
  rpsPerInstance: rpsPerMember().optional(),
  hoursPerMonth: hours().optional(),
  loadBalancer: z.enum(['none', 'alb']).optional(),
  discount: DiscountSchema.optional(),
});

export const FargateSystemSchema = z.strictObject({
  id: Id,
  name: Name.optional(),
  kind: z.literal('aws-fargate'),
  vcpu: z.union([z.literal(0.25), z.literal(0.5), z.literal(1), z.literal(2), z.literal(4), z.literal(8), z.literal(16)], {
    error: 'must be one of 0.25, 0.5, 1, 2, 4, 8, 16',
  }),
  memoryGb: positive().refine((n) => n <= 120, 'must be at most 120 GB'),
  architecture: Architecture.optional(),
  tasks: integer().refine((n) => n >= 1 && n <= 100_000, 'must be 1–100,000').optional(),
  minTasks: integer().refine((n) => n >= 0 && n <= 100_000, 'must be 0–100,000').optional(),
  rpsPerTask: rpsPerMember().optional(),
  hoursPerMonth: hours().optional(),
  loadBalancer: z.enum(['none', 'alb']).optional(),
  discount: DiscountSchema.optional(),
});

export const CloudflareWorkersSystemSchema = z.strictObject({
  id: Id,
  name: Name.optional(),
  kind: z.literal('cloudflare-workers'),
  staticAssetShare: finite().refine((n) => n >= 0 && n <= 1, 'must be between 0 and 1').optional(),
  discount: DiscountSchema.optional(),
});

const AzureRegion = z.string().regex(/^[a-z0-9]+$/, 'must be an Azure region name like eastus');
const GcpRegion = z.string().regex(/^[a-z]+-[a-z]+\d+$/, 'must be a Google Cloud region like us-central1');

export const AzureFunctionsSystemSchema = z.strictObject({
  id: Id,
  name: Name.optional(),
  kind: z.literal('azure-functions'),
  region: AzureRegion.optional(),
  plan: z.enum(['consumption', 'flex'], { error: 'must be "consumption" or "flex"' }).optional(),
  instanceMemoryMb: z.union([z.literal(512), z.literal(2048), z.literal(4096)], { error: 'must be 512, 2048 or 4096' }).optional(),
  concurrency: integer().refine((n) => n >= 1 && n <= 1000, 'must be 1–1,000').optional(),
  alwaysReady: integer().refine((n) => n >= 0 && n <= 1000, 'must be 0–1,000').optional(),
  discount: DiscountSchema.optional(),
});

export const GcpCloudRunSystemSchema = z.strictObject({
  id: Id,
  name: Name.optional(),
  kind: z.literal('gcp-cloud-run'),
  region: GcpRegion.optional(),
  billing: z.enum(['request', 'instance'], { error: 'must be "request" or "instance"' }).optional(),
  vcpu: finite().refine((n) => n >= 0.08 && n <= 8, 'must be 0.08–8 vCPU').optional(),
  memoryGib: finite().refine((n) => n >= 0.125 && n <= 32, 'must be 0.125–32 GiB').optional(),
  concurrency: integer().refine((n) => n >= 1 && n <= 1000, 'must be 1–1,000').optional(),
  minInstances: integer().refine((n) => n >= 0 && n <= 1000, 'must be 0–1,000').optional(),
  discount: DiscountSchema.optional(),
});

const cloudVm = <K extends 'gcp-compute' | 'azure-vm'>(kind: K, region: z.ZodString) =>
  z.strictObject({
    id: Id,
    name: Name.optional(),
    kind: z.literal(kind),
    region: region.optional(),
    machineType: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be a machine type like e2-small or B1s'),
    count: integer().refine((n) => n >= 1 && n <= 100_000, 'must be 1–100,000').optional(),
    minInstances: integer().refine((n) => n >= 0 && n <= 100_000, 'must be 0–100,000').optional(),
    rpsPerInstance: rpsPerMember().optional(),
    hoursPerMonth: hours().optional(),
    discount: DiscountSchema.optional(),
  });
export const GcpComputeSystemSchema = cloudVm('gcp-compute', GcpRegion);
export const AzureVmSystemSchema = cloudVm('azure-vm', AzureRegion);

/** Memory Fargate accepts for each vCPU size (AWS Fargate task size table). */
const FARGATE_MEMORY_GB: Record<number, readonly [number, number]> = {
  0.25: [0.5, 2],
  0.5: [1, 4],
  1: [2, 8],
  2: [4, 16],
  4: [8, 30],
  8: [16, 60],
  16: [32, 120],
};

const SYSTEM_SCHEMAS = [
  LambdaSystemSchema,
  Ec2SystemSchema,
  FargateSystemSchema,
  CloudflareWorkersSystemSchema,
  AzureFunctionsSystemSchema,
  GcpCloudRunSystemSchema,
  GcpComputeSystemSchema,
  AzureVmSystemSchema,
] as const;

export const SystemSchema = z.discriminatedUnion('kind', SYSTEM_SCHEMAS, {
  error: (issue) => (issue.code === 'invalid_union' ? `kind must be one of ${SYSTEM_SCHEMAS.map((x) => x.shape.kind.value).join(', ')}` : undefined),
});

export const ScenarioSchema = z
  .strictObject({
    schema: z.literal(SCENARIO_SCHEMA_VERSION, { error: `must be ${SCENARIO_SCHEMA_VERSION}` }),
    name: Name.optional(),
    pricingDate: z.iso.date({ error: 'must be a date like 2025-08-01' }).optional(),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region code like us-east-1').optional(),
    freeTier: z.boolean().optional(),
    apiGatewayFreeTier: z.boolean().optional(),
    workload: WorkloadSchema,
    systems: z.array(SystemSchema).min(1, 'must list at least one system').max(12, 'must list at most 12 systems'),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.systems.forEach((sys, i) => {
      if (seen.has(sys.id)) ctx.addIssue({ code: 'custom', path: ['systems', i, 'id'], message: `duplicate id "${sys.id}"` });
      seen.add(sys.id);
      if (sys.kind === 'aws-ec2' && sys.count !== undefined && sys.rpsPerInstance !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['systems', i, 'count'], message: 'give either a fixed count or rpsPerInstance, not both' });
      }
      if (sys.kind === 'aws-fargate') {
        const [lo, hi] = FARGATE_MEMORY_GB[sys.vcpu] ?? [0, Infinity];
        if (sys.memoryGb < lo || sys.memoryGb > hi) {
          ctx.addIssue({ code: 'custom', path: ['systems', i, 'memoryGb'], message: `with ${sys.vcpu} vCPU Fargate takes ${lo}–${hi} GB` });
        }
      }
      if ((sys.kind === 'gcp-compute' || sys.kind === 'azure-vm') && sys.count !== undefined && sys.rpsPerInstance !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['systems', i, 'count'], message: 'give either a fixed count or rpsPerInstance, not both' });
      }
      if (sys.kind === 'azure-functions' && (sys.plan ?? 'consumption') === 'consumption') {
        for (const field of ['instanceMemoryMb', 'concurrency', 'alwaysReady'] as const) {
          if (sys[field] !== undefined) ctx.addIssue({ code: 'custom', path: ['systems', i, field], message: 'applies only to plan "flex"' });
        }
      }
      if (sys.kind === 'aws-fargate' && sys.tasks !== undefined && sys.rpsPerTask !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['systems', i, 'tasks'], message: 'give either a fixed number of tasks or rpsPerTask, not both' });
      }
    });
  });

/** A scenario as written in a file, a URL or the form (optional fields may be absent). */
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioSystem = z.infer<typeof SystemSchema>;
export type ScenarioWorkload = z.infer<typeof WorkloadSchema>;
