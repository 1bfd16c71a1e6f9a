import { EngineError } from '../../engine/errors';
import { type MemberShape, memberCapacity } from '../../kinds/capacity/capacity';
import { CAPACITY_DEFAULTS } from '../../kinds/capacity/scenario';
import { useInputs } from '../AppContext';

/**
 * What the capacity model assumes for one member at the workload on screen ("t3.small: 2 vCPU × 20%
 * baseline ÷ 200 ms CPU = 2 req/s per instance"), for a fleet editor's hint: read from the member's
 * prices (vCPUs, memory, baseline) and the same function the engine uses, never a copy.
 */
export function useCapacityHint(shape: MemberShape | undefined, targetUtilization: number | undefined): string {
  const w = useInputs((s) => s.scenario.workload);
  if (!shape) return 'Sized from the workload: vCPUs × target utilisation ÷ CPU time per request.';
  try {
    const c = memberCapacity(
      shape,
      {
        cpuMs: w.cpuMs ?? w.durationMs,
        durationMs: w.durationMs,
        peakToAverage: w.peakToAverage ?? 1,
        memoryPerRequestMb: w.memoryPerRequestMb ?? null,
      },
      targetUtilization ?? CAPACITY_DEFAULTS.targetUtilization,
    );
    return `${c.text}.`;
  } catch (e) {
    if (e instanceof EngineError) return e.message;
    // Out-of-range inputs are named by the form's own issues; the hint just stays general.
    return 'Sized from the workload: vCPUs × target utilisation ÷ CPU time per request.';
  }
}
