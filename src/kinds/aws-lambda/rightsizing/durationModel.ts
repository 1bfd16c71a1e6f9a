/**
 * CPU-share duration model: Lambda gives CPU in proportion to memory, 1,769 MB buying one vCPU
 * (AWS Lambda docs, "Memory and computing power"; up to 6 vCPUs at 10,240 MB). Only the CPU part of
 * an invocation speeds up with memory; time spent waiting on I/O does not.
 */
export const MB_PER_VCPU = 1769;

/** Half-width of the band on `cpuBoundShare`: the share is a guess, so the band shows what ±0.2 changes. */
export const CPU_SHARE_UNCERTAINTY = 0.2;

/** What the model needs: one known duration at one memory size, and how the code uses CPU. */
export type CpuShareModel = {
  readonly memoryMb: number;
  readonly durationMs: number;
  /** Share of `durationMs` that is CPU work at `memoryMb` (0…1). */
  readonly cpuBoundShare: number;
  /** vCPUs the code can keep busy (≥ 1). */
  readonly threads: number;
};

/** A modelled duration and its band: the durations with `cpuBoundShare` ± {@link CPU_SHARE_UNCERTAINTY}. */
export type ModelledDuration = { readonly durationMs: number; readonly lowMs: number; readonly highMs: number };

/**
 * CPU capacity at `memoryMb` that code with `threads` threads can use, in vCPUs: a fraction of one
 * vCPU below 1,769 MB, then more only as far as there are threads to use it.
 */
export function usableVcpus(memoryMb: number, threads: number): number {
  return Math.min(memoryMb / MB_PER_VCPU, Math.max(1, threads));
}

function durationWithShare(m: CpuShareModel, cpuBoundShare: number, memoryMb: number): number {
  const speedUp = usableVcpus(m.memoryMb, m.threads) / usableVcpus(memoryMb, m.threads);
  return m.durationMs * (1 - cpuBoundShare + cpuBoundShare * speedUp);
}

/**
 * Duration at `memoryMb`: I/O time unchanged, CPU time divided by the gain in usable vCPUs. The band
 * is zero at the known size and widens with distance from it, because only there is the duration
 * known; elsewhere it depends on `cpuBoundShare`, which the user estimates.
 */
export function modelDuration(m: CpuShareModel, memoryMb: number): ModelledDuration {
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  const a = durationWithShare(m, clamp(m.cpuBoundShare - CPU_SHARE_UNCERTAINTY), memoryMb);
  const b = durationWithShare(m, clamp(m.cpuBoundShare + CPU_SHARE_UNCERTAINTY), memoryMb);
  return { durationMs: durationWithShare(m, m.cpuBoundShare, memoryMb), lowMs: Math.min(a, b), highMs: Math.max(a, b) };
}

/**
 * The model re-anchored at another memory size: the same CPU and I/O milliseconds, so that applying
 * a new size to a scenario keeps predicting the same durations everywhere.
 */
export function reanchor(m: CpuShareModel, memoryMb: number): CpuShareModel {
  const durationMs = durationWithShare(m, m.cpuBoundShare, memoryMb);
  const ioMs = m.durationMs * (1 - m.cpuBoundShare);
  return { ...m, memoryMb, durationMs, cpuBoundShare: durationMs > 0 ? (durationMs - ioMs) / durationMs : 0 };
}
