import type { FleetSizing } from '../../engine/fleet';
import type { Workload } from '../../engine/model';
import { type MemberShape, memberCapacity } from './capacity';

/** How a server kind states its fleet: a pinned count, a pinned capacity, or neither (sized from the workload). */
export type FleetInputs = {
  readonly count: number | undefined;
  readonly rpsPinned: number | undefined;
  /** The scenario field that pins the capacity (`rpsPerInstance`, `rpsPerTask`), for the trace. */
  readonly rpsField: string;
  readonly minCount: number;
  readonly targetUtilization: number;
};

/**
 * The fleet sizing of a server kind: a pinned `count` stays fixed, a pinned req/s per member is used
 * as given, and otherwise the capacity model ({@link memberCapacity}) sizes it from the workload.
 * Either way the trace says which capacity was assumed and why.
 */
export function serverSizing(shape: MemberShape, f: FleetInputs, w: Workload): FleetSizing {
  const base = { fixedCount: f.count, minCount: f.minCount, peakToAverage: w.peakToAverage, noun: shape.noun };
  if (f.count !== undefined) return { ...base, rpsPerMember: undefined };
  if (f.rpsPinned !== undefined)
    return {
      ...base,
      rpsPerMember: f.rpsPinned,
      capacityText: `${shape.name}: ${f.rpsPinned} req/s per ${shape.noun} as given (${f.rpsField})`,
    };
  const c = memberCapacity(
    shape,
    {
      cpuMs: w.cpuMs,
      durationMs: w.durationMs,
      peakToAverage: w.peakToAverage,
      memoryPerRequestMb: w.memoryPerRequestMb,
    },
    f.targetUtilization,
  );
  return {
    ...base,
    rpsPerMember: c.rpsPerMember,
    // Read only when a trace is written (the capacity's own text is lazy too).
    get capacityText() {
      return c.text;
    },
  };
}
