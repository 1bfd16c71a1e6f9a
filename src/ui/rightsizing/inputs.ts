import { z } from 'zod/mini';
import '../../validation/english';

/** The panel's own inputs, as typed into its form (strings), before validation. */
export type PanelForm = {
  readonly cpuBoundSharePct: string;
  readonly threads: string;
  readonly maxMemoryUsedMb: string;
  readonly headroomPct: string;
  readonly weightPct: string;
  readonly latencyLimitMs: string;
  readonly latencyMetric: 'average' | 'p95';
  readonly measuredArchitecture: 'x86_64' | 'arm64';
  readonly paste: string;
};

const num = (field: string) =>
  z
    .pipe(z.string().check(z.trim(), z.minLength(1, `${field}: is required`)), z.transform(Number))
    .check(z.refine(Number.isFinite, `${field}: must be a number`));
const optionalNum = (field: string) =>
  z
    .pipe(
      z.string().check(z.trim()),
      z.transform((s) => (s === '' ? null : Number(s))),
    )
    .check(z.refine((n) => n === null || Number.isFinite(n), `${field}: must be a number`));

/** Validates the form: every message names its field; nothing is defaulted silently. */
export const PanelInputs = z.object({
  cpuBoundSharePct: num('CPU-bound share').check(
    z.refine((n) => n >= 0 && n <= 100, 'CPU-bound share: must be 0–100%'),
  ),
  threads: num('Threads').check(
    z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 64, 'Threads: must be a whole number from 1 to 64'),
  ),
  maxMemoryUsedMb: optionalNum('Max memory used').check(
    z.refine(
      (n) => n === null || (Number.isInteger(n) && n >= 1 && n <= 10_240),
      'Max memory used: must be 1–10,240 MB',
    ),
  ),
  headroomPct: num('Headroom').check(z.refine((n) => n >= 0 && n <= 1000, 'Headroom: must be 0–1,000%')),
  weightPct: num('Balanced weight').check(z.refine((n) => n >= 0 && n <= 100, 'Balanced weight: must be 0–100%')),
  latencyLimitMs: optionalNum('Latency limit').check(
    z.refine((n) => n === null || (n > 0 && n <= 900_000), 'Latency limit: must be 1–900,000 ms'),
  ),
  latencyMetric: z.enum(['average', 'p95']),
  measuredArchitecture: z.enum(['x86_64', 'arm64']),
  paste: z.string().check(z.maxLength(5_000_000, 'Measurements: paste at most 5 MB')),
});
export type PanelInputs = z.infer<typeof PanelInputs>;

/** The form as first shown: the scenario's own values. */
export function initialForm(w: {
  cpuBoundShare: number;
  threads: number;
  maxMemoryUsedMb: number | null;
  headroomPct: number;
  architecture: 'x86_64' | 'arm64';
}): PanelForm {
  return {
    cpuBoundSharePct: String(Math.round(w.cpuBoundShare * 1000) / 10),
    threads: String(w.threads),
    maxMemoryUsedMb: w.maxMemoryUsedMb === null ? '' : String(w.maxMemoryUsedMb),
    headroomPct: String(w.headroomPct),
    weightPct: '50',
    latencyLimitMs: '',
    latencyMetric: 'average',
    measuredArchitecture: w.architecture,
    paste: '',
  };
}
