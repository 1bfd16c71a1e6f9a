import type { Decimal } from '../../../engine/decimal';
import { requestP99Ms } from './latency';
import type { Mitigation } from './mitigations';
import type { ColdStartLatency } from './runtimes';
import { INVISIBLE_COLD_START_MS, type ColdStartSettings } from './settings';

/** Whether a mitigation's outcome meets the target. */
export function meets(settings: ColdStartSettings, coldShare: number, coldP99Ms: number, p99Ms: number): boolean {
  if (settings.targetP99Ms === null) return coldShare <= 0 || coldP99Ms <= INVISIBLE_COLD_START_MS;
  return p99Ms <= settings.targetP99Ms;
}

/** A priced outcome: its cost against on-demand and the latency a share `coldShare` of cold starts gives. */
export function outcome(
  settings: ColdStartSettings,
  durationMs: number,
  coldShare: number,
  cold: ColdStartLatency,
  monthlyUsd: Decimal,
  onDemandUsd: Decimal,
): Mitigation['priced'] {
  const p99Ms = requestP99Ms(durationMs, coldShare, cold);
  return {
    ok: true,
    monthlyUsd,
    extraUsd: monthlyUsd.minus(onDemandUsd),
    coldShare,
    coldP99Ms: cold.p99Ms,
    p99Ms,
    meetsTarget: meets(settings, coldShare, cold.p99Ms, p99Ms),
  };
}

/** A share as a percentage with up to 4 significant digits. */
export function pct(share: number): string {
  if (share > 0 && share < 1e-6) return '< 0.0001%';
  return `${Number((share * 100).toPrecision(4))}%`;
}
