import { z } from 'zod/mini';
import { type Decimal, type ProviderContext, type Workload, scaleRequests } from '../../engine';
import type { PartLines } from '../../kinds/architectureModel';
import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import { type SystemSpec, systemModel } from '../../kinds/models';
import { COMPONENT_BASE, perRequestCount } from '../../kinds/componentKind';
import { WorkloadSchema } from '../workload';

/**
 * A system kind (Lambda, EC2, Fargate, Workers…) as a component of an architecture: its own system
 * fields, plus where it sits (`triggeredBy`), how much of the entry traffic reaches it (`perRequest`)
 * and the workload fields it overrides (a function's own duration and memory). Absent overrides are
 * the scenario workload's, but for payload sizes, which are the component's own (default 0).
 */
const W = WorkloadSchema.shape;
export const ComputeFieldsSchema = z.strictObject({
  triggeredBy: COMPONENT_BASE.triggeredBy,
  perRequest: z.optional(
    z.strictObject({ invocations: z.optional(perRequestCount), requests: z.optional(perRequestCount) }),
  ),
  batchSize: z.optional(z.number().check(z.int('must be a whole number'), z.gte(1), z.lte(10_000))),
  durationMs: z.optional(W.durationMs),
  cpuMs: W.cpuMs,
  memoryMb: z.optional(W.memoryMb),
  ephemeralStorageMb: W.ephemeralStorageMb,
  coldStartRate: W.coldStartRate,
  initDurationMs: W.initDurationMs,
  peakToAverage: W.peakToAverage,
  requestKb: W.requestKb,
  responseKb: W.responseKb,
  memoryPerRequestMb: W.memoryPerRequestMb,
  logKbPerInvocation: z.optional(z.number().check(z.gte(0), z.lte(1024 * 1024))),
});
export type ComputeFields = z.infer<typeof ComputeFieldsSchema>;
const COMPUTE_FIELDS = new Set(Object.keys(ComputeFieldsSchema.shape));

/** The written fields of a compute component split into its system's and the component's own. */
export function splitComputeFields(v: Record<string, unknown>): {
  system: Record<string, unknown>;
  component: Record<string, unknown>;
} {
  const system: Record<string, unknown> = {};
  const component: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) (COMPUTE_FIELDS.has(k) ? component : system)[k] = x;
  return { system, component };
}

/** The billing unit a compute kind's volume is counted in: a function's invocations, a server's requests. */
export function volumeUnitOf(kind: string): 'invocations' | 'requests' {
  return kind === AWS_LAMBDA ? 'invocations' : 'requests';
}

/** The workload a compute component runs: the scenario's, with the component's overrides. */
export function componentWorkload(base: Workload, f: ComputeFields, perEntry: number): Workload {
  const durationMs = f.durationMs ?? base.durationMs;
  return {
    ...base,
    requestsPerMonth: base.requestsPerMonth * perEntry,
    durationMs,
    // CPU time follows the component's own duration unless it gives one.
    cpuMs: f.cpuMs ?? (f.durationMs !== undefined ? f.durationMs : base.cpuMs),
    memoryMb: f.memoryMb ?? base.memoryMb,
    ephemeralStorageMb: f.ephemeralStorageMb ?? base.ephemeralStorageMb,
    coldStartRate: f.coldStartRate ?? base.coldStartRate,
    initDurationMs: f.initDurationMs ?? base.initDurationMs,
    peakToAverage: f.peakToAverage ?? base.peakToAverage,
    // Payloads are the component's own: the scenario's response size is what the entry point
    // sends back, and billing it at every function of a fan-out would bill it N times.
    requestKb: f.requestKb ?? 0,
    responseKb: f.responseKb ?? 0,
    memoryPerRequestMb: f.memoryPerRequestMb ?? base.memoryPerRequestMb,
  };
}

/**
 * The lines of a compute component in entry requests: its kind's whole bill (add-on charges
 * included) under its own workload, every line scaled by the component's requests per entry request.
 */
export function computeLines(
  system: SystemSpec,
  fields: ComputeFields,
  perEntry: Decimal,
  extra: (ctx: ProviderContext) => PartLines,
): (ctx: ProviderContext) => PartLines {
  return (ctx) => {
    const workload = componentWorkload(ctx.workload, fields, perEntry.toNumber());
    const model = systemModel({ ...ctx, workload }, system);
    const more = extra(ctx);
    return {
      lines: [...model.lines.map((l) => scaleRequests(l, perEntry)), ...more.lines],
      notes: [...model.notes, ...more.notes],
      ...(model.limits ? { limits: model.limits } : {}),
    };
  };
}
