import type { Workload } from '../../../engine/model';
import type { Architecture } from '../../../engine/pricebook';
import { CPU_SHARE_UNCERTAINTY } from './durationModel';
import { type DurationInput, anchoredAt } from './durationSource';
import { sortPoints } from './measuredCurve';
import type { RightsizeOptions } from './options';

/**
 * Where the sweep's durations come from, and the note that says so: two or more measured sizes
 * (interpolated between, never beyond), one measured size (the CPU-share model anchored there), or
 * the CPU-share model anchored at the function's own memory and duration.
 */
export function durationInput(
  w: Workload,
  architecture: Architecture,
  o: RightsizeOptions,
  notes: string[],
): DurationInput {
  const sorted = o.measured ? sortPoints(o.measured.points) : [];
  if (o.measured && sorted.length >= 2) {
    const lo = sorted[0]!.memoryMb;
    const hi = sorted[sorted.length - 1]!.memoryMb;
    notes.push(
      `Durations measured at ${sorted.length} sizes on ${o.measured.architecture}; sizes between them are interpolated and untested; sizes outside ${lo}–${hi} MB are not offered.`,
    );
    const other = o.measured.other;
    return { kind: 'measured', architecture: o.measured.architecture, points: sorted, ...(other ? { other } : {}) };
  }
  const one = sorted[0];
  if (o.measured && one) {
    notes.push(
      `One measured size (${one.memoryMb} MB, ${round(one.durationMs)} ms): the CPU-share model extrapolates from it.`,
    );
    const p95 = one.p95Ms ?? o.p95AtCurrentMs;
    return {
      kind: 'model',
      architecture: o.measured.architecture,
      model: anchoredAt(one, w.cpuBoundShare, w.threads),
      ...(p95 !== undefined ? { p95AtAnchorMs: p95 } : {}),
    };
  }
  const model = { memoryMb: w.memoryMb, durationMs: w.durationMs, cpuBoundShare: w.cpuBoundShare, threads: w.threads };
  notes.push(
    `Durations are modelled: ${round(w.cpuBoundShare * 100)}% of ${round(w.durationMs)} ms is CPU work at ${w.memoryMb} MB, scaling with memory (1,769 MB = 1 vCPU) up to ${w.threads} thread${w.threads === 1 ? '' : 's'}; I/O time does not scale. The band shows cpuBoundShare ± ${CPU_SHARE_UNCERTAINTY}, a guess measured data would replace.`,
  );
  return {
    kind: 'model',
    architecture,
    model,
    ...(o.p95AtCurrentMs !== undefined ? { p95AtAnchorMs: o.p95AtCurrentMs } : {}),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
