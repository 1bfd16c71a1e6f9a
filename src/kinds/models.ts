import { EngineError, type LineModel, type SystemModeler, discountLines } from '../engine';
import { albCharge } from './aws-alb/charge';
import { apiGatewayCharge } from './aws-api-gateway/charge';
import { dataTransferCharge } from './aws-data-transfer/charge';
import { ebsCharge } from './aws-ebs/charge';
import { AWS_EC2, type Ec2System } from './aws-ec2/kind';
import { awsEc2Model } from './aws-ec2/model';
import { AWS_FARGATE, type FargateSystem } from './aws-fargate/kind';
import { awsFargateModel } from './aws-fargate/model';
import { AWS_LAMBDA, type LambdaSystem } from './aws-lambda/kind';
import { awsLambdaModel } from './aws-lambda/model';
import { natGatewayCharge } from './aws-nat-gateway/charge';
import { publicIpv4Charge } from './aws-public-ipv4/charge';
import { AZURE_FUNCTIONS, type AzureFunctionsSystem } from './azure-functions/kind';
import { azureFunctionsModel } from './azure-functions/model';
import { azureBandwidthCharge } from './azure-bandwidth/charge';
import { AZURE_VM, type AzureVmSystem } from './azure-vm/kind';
import { azureVmModel } from './azure-vm/model';
import { CLOUDFLARE_WORKERS, type CloudflareWorkersSystem } from './cloudflare-workers/kind';
import { cloudflareWorkersModel } from './cloudflare-workers/model';
import { GCP_CLOUD_RUN, type GcpCloudRunSystem } from './gcp-cloud-run/kind';
import { gcpCloudRunModel } from './gcp-cloud-run/model';
import { gcpEgressCharge } from './gcp-egress/charge';
import { GCP_COMPUTE, type GcpComputeSystem } from './gcp-compute/kind';
import { gcpComputeModel } from './gcp-compute/model';
import { DIGITALOCEAN_FUNCTIONS, type DigitalOceanFunctionsSystem } from './digitalocean-functions/kind';
import { digitalOceanFunctionsModel } from './digitalocean-functions/model';
import { GCP_CLOUD_FUNCTIONS, type GcpCloudFunctionsSystem } from './gcp-cloud-functions/kind';
import { gcpCloudFunctionsModel } from './gcp-cloud-functions/model';
import { AWS_EDGE_FUNCTIONS, type EdgeFunctionsSystem } from './aws-edge-functions/kind';
import { edgeFunctionsModel } from './aws-edge-functions/model';
import { ARCHITECTURE_KIND, type ArchitectureSpec, architectureModel } from './architectureModel';
import type { Charge, KindModel } from './kindModel';
import { limitFindings } from './limits/platformLimits';

/** One resolved system to price: a discriminated union on `kind`, one member per kind. */
export type SystemSpec =
  | LambdaSystem
  | Ec2System
  | FargateSystem
  | CloudflareWorkersSystem
  | AzureFunctionsSystem
  | GcpCloudRunSystem
  | GcpComputeSystem
  | AzureVmSystem
  | DigitalOceanFunctionsSystem
  | GcpCloudFunctionsSystem
  | EdgeFunctionsSystem;
export type SystemKind = SystemSpec['kind'];
export type SpecOf<K extends SystemKind> = Extract<SystemSpec, { kind: K }>;

/** The engine part of every kind, in menu order. A new kind adds one line (the type requires it). */
export const KIND_MODELS: { readonly [K in SystemKind]: KindModel<SpecOf<K>> } = {
  [AWS_LAMBDA]: awsLambdaModel,
  [AWS_EC2]: awsEc2Model,
  [AWS_FARGATE]: awsFargateModel,
  [CLOUDFLARE_WORKERS]: cloudflareWorkersModel,
  [AZURE_FUNCTIONS]: azureFunctionsModel,
  [GCP_CLOUD_RUN]: gcpCloudRunModel,
  [GCP_COMPUTE]: gcpComputeModel,
  [AZURE_VM]: azureVmModel,
  [DIGITALOCEAN_FUNCTIONS]: digitalOceanFunctionsModel,
  [GCP_CLOUD_FUNCTIONS]: gcpCloudFunctionsModel,
  [AWS_EDGE_FUNCTIONS]: edgeFunctionsModel,
};

/** Add-on charges, in the order their lines follow a system's own. A new charge adds one line. */
export const CHARGES: readonly Charge[] = [
  apiGatewayCharge,
  albCharge,
  publicIpv4Charge,
  ebsCharge,
  natGatewayCharge,
  dataTransferCharge,
  gcpEgressCharge,
  azureBandwidthCharge,
];

/** Every kind id, in menu order. */
export const SYSTEM_KINDS = Object.keys(KIND_MODELS) as SystemKind[];

/** True when `kind` names a registered kind (own keys only: `constructor` is not a kind). */
export function isSystemKind(kind: string): kind is SystemKind {
  return Object.hasOwn(KIND_MODELS, kind);
}

/**
 * Maps one system of any kind onto its bill: the kind's own lines, the add-on charges its
 * attachments call for, then its discount over the lines tagged `compute`.
 */
export const systemModel: SystemModeler = (ctx, system) => {
  if (system.kind === ARCHITECTURE_KIND) return architectureModel(ctx, system as ArchitectureSpec);
  if (!isSystemKind(system.kind)) throw new EngineError(`${ctx.path}.kind`, `unknown kind "${system.kind}"`);
  // The registry's type ties each kind to its model; TypeScript cannot follow that through an index.
  const kind = KIND_MODELS[system.kind] as unknown as KindModel<typeof system>;
  const own = kind.model(ctx, system);
  const lines: LineModel[] = [...own.lines, ...CHARGES.flatMap((c) => c.lines(ctx, own.attach))];
  const discount = discountLines(kind.discount, system.kind, lines, system.discount, ctx.path);
  const limits = limitFindings(system, ctx.workload);
  return {
    id: system.id,
    kind: system.kind,
    name: system.name ?? system.id,
    lines: [...lines, ...discount],
    notes: own.notes,
    ...(limits.length > 0 ? { limits } : {}),
  };
};
