import { type Decimal, dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { formatQuantity } from '../../engine/money';

/** What one always-on member (an instance, a task) brings to the capacity model. */
export type MemberShape = {
  /** "t3.small", "0.5 vCPU / 1 GB task": how the trace names the member. */
  readonly name: string;
  /** "instance", "task". */
  readonly noun: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  /** Sustained CPU share per vCPU of a burstable instance (t3.small: 0.2); absent: not burstable. */
  readonly baselinePerVcpu?: number | undefined;
  /** Most requests one member serves at once (Cloud Run's concurrency); absent: no such limit. */
  readonly maxConcurrency?: number | undefined;
};

/** The request as the capacity model sees it (from the workload). */
export type CapacityWorkload = {
  readonly cpuMs: number;
  readonly durationMs: number;
  readonly peakToAverage: number;
  /** Memory one in-flight request holds; null: memory is not modelled as a limit. */
  readonly memoryPerRequestMb: number | null;
};

/** Which limit set the capacity. */
export type CapacityLimit = 'cpu' | 'baseline' | 'memory' | 'concurrency' | 'ceiling';

/** Peak requests per second one member serves, the limit that binds and the arithmetic in words. */
export type Capacity = { readonly rpsPerMember: Decimal; readonly limit: CapacityLimit; readonly text: string };

/**
 * The most a member is assumed to serve (the bound of a pinned `rpsPerInstance`): with no CPU time
 * and no other limit the fleet is its minimum, and a finite figure keeps the staircase a staircase.
 */
export const MAX_RPS_PER_MEMBER = 1_000_000;

/** `text` is written only when read: a sweep sizes hundreds of fleets and shows none of their arithmetic. */
type Candidate = { readonly limit: CapacityLimit; readonly rps: Decimal; readonly text: () => string };

/**
 * Peak req/s one member serves at `targetUtilization`: the least of
 * - CPU: vCPUs × target ÷ CPU seconds per request;
 * - a burstable's baseline: sustained (average) CPU stays within vCPUs × baseline, so at peak
 *   vCPUs × baseline × peak-to-average ÷ CPU seconds (no surplus credits are ever spent);
 * - memory, when `memoryPerRequestMb` is given: memory × target ÷ memory per request in flight,
 *   over the request's duration (Little's law: in flight = rate × duration);
 * - a concurrency limit (Cloud Run): concurrency ÷ duration;
 * - {@link MAX_RPS_PER_MEMBER}.
 * Throws an EngineError naming `workload.memoryPerRequestMb` when not one request fits in memory.
 */
export function memberCapacity(m: MemberShape, w: CapacityWorkload, targetUtilization: number): Capacity {
  const u = dec(targetUtilization);
  const cpuSeconds = dec(w.cpuMs).div(1000);
  const per = `req/s per ${m.noun}`;
  const cands: Candidate[] = [];
  if (cpuSeconds.gt(0)) {
    const rps = dec(m.vcpu).times(u).div(cpuSeconds);
    cands.push({
      limit: 'cpu',
      rps,
      text: () => `${m.vcpu} vCPU × ${pct(u)} ÷ ${formatQuantity(w.cpuMs)} ms CPU = ${formatQuantity(rps, 3)} ${per}`,
    });
    if (m.baselinePerVcpu !== undefined) {
      const b = dec(m.baselinePerVcpu);
      const rpsB = dec(m.vcpu).times(b).times(w.peakToAverage).div(cpuSeconds);
      const p2a = w.peakToAverage === 1 ? '' : ` × ${formatQuantity(w.peakToAverage)} peak-to-average`;
      cands.push({
        limit: 'baseline',
        rps: rpsB,
        text: () =>
          `${m.vcpu} vCPU × ${pct(b)} baseline${p2a} ÷ ${formatQuantity(w.cpuMs)} ms CPU = ${formatQuantity(rpsB, 3)} ${per} (burstable: sustained CPU kept within its baseline, so no surplus credits)`,
      });
    }
  }
  const perRequestMb = w.memoryPerRequestMb;
  if (perRequestMb !== null) {
    const inFlight = dec(m.memoryGib).times(1024).times(u).div(perRequestMb);
    if (inFlight.lt(1))
      throw new EngineError(
        'workload.memoryPerRequestMb',
        `${m.name} has ${formatQuantity(m.memoryGib)} GiB; at ${pct(u)} of it not one request of ${formatQuantity(perRequestMb)} MB fits`,
      );
    const rps = inFlight.times(1000).div(w.durationMs);
    cands.push({
      limit: 'memory',
      rps,
      text: () =>
        `${formatQuantity(m.memoryGib)} GiB × ${pct(u)} ÷ ${formatQuantity(perRequestMb)} MB per request = ${formatQuantity(inFlight, 2)} in flight ÷ ${formatQuantity(w.durationMs)} ms = ${formatQuantity(rps, 3)} ${per}`,
    });
  }
  if (m.maxConcurrency !== undefined) {
    const rps = dec(m.maxConcurrency).times(1000).div(w.durationMs);
    cands.push({
      limit: 'concurrency',
      rps,
      text: () =>
        `${m.maxConcurrency} concurrent ÷ ${formatQuantity(w.durationMs)} ms = ${formatQuantity(rps, 3)} ${per}`,
    });
  }
  cands.push({
    limit: 'ceiling',
    rps: dec(MAX_RPS_PER_MEMBER),
    text: () => `at most ${formatQuantity(MAX_RPS_PER_MEMBER)} ${per} (no CPU time, memory or concurrency limit binds)`,
  });
  const best = cands.reduce((a, c) => (c.rps.lt(a.rps) ? c : a));
  let text: string | undefined;
  return {
    rpsPerMember: best.rps,
    limit: best.limit,
    get text() {
      if (text === undefined) {
        const others = cands.filter((c) => c !== best && c.limit !== 'ceiling');
        const rest = others.length
          ? `; not binding: ${others.map((c) => `${c.limit} ${formatQuantity(c.rps, 3)}`).join(', ')}`
          : '';
        text = `${m.name}: ${best.text()}${rest}`;
      }
      return text;
    },
  };
}

function pct(d: Decimal): string {
  return `${formatQuantity(d.times(100), 2)}%`;
}
