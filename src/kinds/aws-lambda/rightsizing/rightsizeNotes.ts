import type { ResolvedScenario } from '../../../engine/model';
import type { Architecture } from '../../../engine/pricebook';
import type { MeasuredPoint } from './measuredCurve';
import type { LatencyMetric } from './recommend';
import { LAMBDA_MAX_DURATION_MS, type SizingPoint } from './sweep';

/** What the notes of a right-sizing are written from. */
export type NotesContext = {
  readonly floorMb: number | null;
  readonly w: ResolvedScenario['workload'];
  readonly architectures: readonly Architecture[];
  readonly currentArch: Architecture;
  readonly ro: { latencyMetric: LatencyMetric; latencyLimitMs?: number; interpolate: boolean };
  readonly points: readonly SizingPoint[];
  readonly current: SizingPoint;
  readonly limitMs: number;
  readonly measuredSizes: readonly MeasuredPoint[];
};

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Says what the right-sizing rests on and where it stops: assumed architectures, floor, INIT, limits, untested sizes. */
export function addNotes(notes: string[], c: NotesContext): void {
  const assumed = c.points.find((p) => p.assumedFrom !== null);
  if (assumed)
    notes.push(
      `${assumed.architecture} uses the ${assumed.assumedFrom} durations: nothing here says how fast ${assumed.architecture} runs this code; measure it to know. The headline recommendations leave it out.`,
    );
  if (c.floorMb !== null)
    notes.push(
      `Sizes below ${c.floorMb} MB (max memory used ${c.w.maxMemoryUsedMb} MB + ${c.w.headroomPct}% headroom) are not recommended.`,
    );
  if (c.w.coldStartRate > 0 && c.w.initDurationMs > 0)
    notes.push(
      `INIT time (${round(c.w.initDurationMs)} ms on ${round(c.w.coldStartRate * 100)}% of invocations) is kept the same at every size.`,
    );
  if (c.ro.latencyLimitMs !== undefined && c.ro.latencyMetric === 'p95' && !c.points.some((p) => p.p95Ms !== null)) {
    notes.push(
      'No p95 durations are known (REPORT lines give them; Power Tuning links and the model alone do not): no size can be checked against a p95 limit.',
    );
  }
  if (!c.architectures.includes(c.currentArch)) notes.push(`${c.currentArch} is not priced as of this date.`);
  measuredNotes(notes, c);
}

function measuredNotes(notes: string[], c: NotesContext): void {
  const sizes = c.measuredSizes.map((p) => p.memoryMb);
  if (sizes.length > 0) {
    const lo = Math.min(...sizes);
    const hi = Math.max(...sizes);
    if (c.current.memoryMb < lo || c.current.memoryMb > hi)
      notes.push(
        `The current size (${c.current.memoryMb} MB) lies outside the measured range (${lo}–${hi} MB): its duration is ${c.current.source === 'scenario' ? "the scenario's durationMs" : 'modelled'}, not measured.`,
      );
  }
  const timedOut = c.measuredSizes.filter((p) => (p.timeouts ?? 0) > 0);
  if (timedOut.length > 0)
    notes.push(
      `Invocations timed out or failed at ${timedOut.map((p) => `${p.memoryMb} MB (${p.timeouts})`).join(', ')}: durations there are lower bounds, so those sizes are not recommended.`,
    );
  const limit = c.limitMs < LAMBDA_MAX_DURATION_MS ? `the ${round(c.limitMs)} ms timeout` : 'the 15-minute limit';
  if (c.points.some((p) => p.exceedsLimit && p.durationMs >= c.limitMs))
    notes.push(
      `Durations are never extrapolated past ${limit}: sizes predicted to reach it are held there and not recommended.`,
    );
  if (c.points.some((p) => p.source === 'untested'))
    notes.push(
      c.ro.interpolate
        ? 'Interpolated (untested) sizes may be recommended, but only when they beat the best measured size by more than 1%.'
        : 'Interpolated (untested) sizes are drawn but never recommended; ask for interpolation to consider them.',
    );
}
