import { z } from 'zod/mini';
import { Ec2SystemSchema, pinEc2ChargesOfV2, resolveEc2 } from './aws-ec2/scenario';
import { FargateSystemSchema, pinFargateChargesOfV2, resolveFargate } from './aws-fargate/scenario';
import { LambdaSystemSchema, resolveLambda } from './aws-lambda/scenario';
import { AzureFunctionsSystemSchema, resolveAzureFunctions } from './azure-functions/scenario';
import { AzureVmSystemSchema, resolveAzureVm } from './azure-vm/scenario';
import { CloudflareWorkersSystemSchema, resolveCloudflareWorkers } from './cloudflare-workers/scenario';
import { GcpCloudRunSystemSchema, resolveGcpCloudRun } from './gcp-cloud-run/scenario';
import { GcpComputeSystemSchema, resolveGcpCompute } from './gcp-compute/scenario';
import { DigitalOceanFunctionsSystemSchema, resolveDigitalOceanFunctions } from './digitalocean-functions/scenario';
import { GcpCloudFunctionsSystemSchema, resolveGcpCloudFunctions } from './gcp-cloud-functions/scenario';
import { EdgeFunctionsSystemSchema, resolveEdgeFunctions } from './aws-edge-functions/scenario';
import type { SpecOf, SystemKind, SystemSpec } from './models';

/** Every kind's scenario schema: one line per kind. */
const SYSTEM_SCHEMAS = [
  LambdaSystemSchema,
  Ec2SystemSchema,
  FargateSystemSchema,
  CloudflareWorkersSystemSchema,
  AzureFunctionsSystemSchema,
  GcpCloudRunSystemSchema,
  GcpComputeSystemSchema,
  AzureVmSystemSchema,
  DigitalOceanFunctionsSystemSchema,
  GcpCloudFunctionsSystemSchema,
  EdgeFunctionsSystemSchema,
] as const;

/** The kind a system schema's `kind` literal names. */
export function kindOf<K extends string>(schema: { readonly shape: { readonly kind: z.ZodMiniLiteral<K> } }): K {
  const [kind] = schema.shape.kind.def.values;
  if (kind === undefined) throw new Error('a system schema names no kind');
  return kind;
}

/** A system as written in a scenario: a discriminated union on `kind`. */
export const SystemSchema = z.discriminatedUnion('kind', SYSTEM_SCHEMAS, {
  error: (issue) =>
    issue.code === 'invalid_union' ? `kind must be one of ${SYSTEM_SCHEMAS.map(kindOf).join(', ')}` : undefined,
});
export type ScenarioSystem = z.infer<typeof SystemSchema>;
/** A written system of one kind. */
export type SystemOf<K extends SystemKind> = Extract<ScenarioSystem, { kind: K }>;

/** Every kind's defaults, filled into a validated system: one line per kind (the type requires all). */
const RESOLVERS: { readonly [K in SystemKind]: (s: SystemOf<K>) => SpecOf<K> } = {
  [kindOf(LambdaSystemSchema)]: resolveLambda,
  [kindOf(Ec2SystemSchema)]: resolveEc2,
  [kindOf(FargateSystemSchema)]: resolveFargate,
  [kindOf(CloudflareWorkersSystemSchema)]: resolveCloudflareWorkers,
  [kindOf(AzureFunctionsSystemSchema)]: resolveAzureFunctions,
  [kindOf(GcpCloudRunSystemSchema)]: resolveGcpCloudRun,
  [kindOf(GcpComputeSystemSchema)]: resolveGcpCompute,
  [kindOf(AzureVmSystemSchema)]: resolveAzureVm,
  [kindOf(DigitalOceanFunctionsSystemSchema)]: resolveDigitalOceanFunctions,
  [kindOf(GcpCloudFunctionsSystemSchema)]: resolveGcpCloudFunctions,
  [kindOf(EdgeFunctionsSystemSchema)]: resolveEdgeFunctions,
};

/** Fills a validated system's defaults: the engine's view of it. */
export function resolveSystem(s: ScenarioSystem): SystemSpec {
  // The table's type ties each kind to its resolver; TypeScript cannot follow that through an index.
  return (RESOLVERS[s.kind] as (s: ScenarioSystem) => SystemSpec)(s);
}

/** Kinds whose defaults changed in scenario schema 3, and what their version 2 systems priced (src/scenario/migrate.ts). */
const V2_PINS: Readonly<Record<string, (s: Record<string, unknown>) => Record<string, unknown>>> = {
  [kindOf(Ec2SystemSchema)]: pinEc2ChargesOfV2,
  [kindOf(FargateSystemSchema)]: pinFargateChargesOfV2,
};

/** A version 2 system (plain JSON, not yet validated) with what it priced then written out; others unchanged. */
export function pinChargesOfV2(system: unknown): unknown {
  if (typeof system !== 'object' || system === null || Array.isArray(system)) return system;
  const s = system as Record<string, unknown>;
  const pin = typeof s['kind'] === 'string' && Object.hasOwn(V2_PINS, s['kind']) ? V2_PINS[s['kind']] : undefined;
  return pin ? pin(s) : system;
}
