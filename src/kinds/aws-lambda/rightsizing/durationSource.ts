import type { Architecture } from '../../../engine/pricebook';
import { type CpuShareModel, modelDuration } from './durationModel';
import { type MeasuredPoint, measuredDuration, sortPoints } from './measuredCurve';

/** Where a duration comes from: the CPU-share model, a measurement, a line between two measurements, or the scenario's own durationMs. */
export type DurationSource = 'model' | 'measured' | 'untested' | 'scenario';

/** The duration the right-sizer prices at one size and architecture, with its band and origin. */
export type DurationAt = {
  readonly durationMs: number;
  readonly lowMs: number;
  readonly highMs: number;
  readonly p95Ms: number | null;
  readonly source: DurationSource;
  /** Set when the duration was measured or modelled on the other architecture and reused here. */
  readonly assumedFrom: Architecture | null;
  /** Rests on timed-out invocations: a lower bound (see {@link MeasuredDuration}). */
  readonly censored: boolean;
};

/** Points measured on one architecture. */
export type MeasuredSeries = { readonly architecture: Architecture; readonly points: readonly MeasuredPoint[] };

/** Modelled durations (anchored at one known size), or measured points taken on one architecture. */
export type DurationInput =
  | {
      readonly kind: 'model';
      readonly model: CpuShareModel;
      readonly architecture: Architecture;
      readonly p95AtAnchorMs?: number;
    }
  | {
      readonly kind: 'measured';
      readonly architecture: Architecture;
      readonly points: readonly MeasuredPoint[];
      /** The other architecture, when it was measured too (a Power Tuning comparison). */
      readonly other?: MeasuredSeries;
    };

/** A function from (memory, architecture) to a duration, or null where the input says nothing. */
export type DurationCurve = (memoryMb: number, architecture: Architecture) => DurationAt | null;

/**
 * Builds the duration curve. Nothing tells the model how much faster arm64 runs a given code, so
 * both architectures get the same durations (flagged `assumedFrom`) unless they were measured.
 */
export function durationCurve(input: DurationInput): DurationCurve {
  if (input.kind === 'model') {
    const { model, p95AtAnchorMs } = input;
    return (memoryMb, architecture) => {
      const d = modelDuration(model, memoryMb);
      const p95Ms = p95AtAnchorMs === undefined ? null : (p95AtAnchorMs * d.durationMs) / model.durationMs;
      return {
        ...d,
        p95Ms,
        source: 'model',
        assumedFrom: architecture === input.architecture ? null : input.architecture,
        censored: false,
      };
    };
  }
  const sorted = sortPoints(input.points);
  const other = input.other && input.other.architecture !== input.architecture ? input.other : undefined;
  const otherSorted = other ? sortPoints(other.points) : [];
  return (memoryMb, architecture) => {
    const own = other?.architecture === architecture;
    const m = measuredDuration(own ? otherSorted : sorted, memoryMb);
    if (!m) return null;
    const assumedFrom = own || architecture === input.architecture ? null : input.architecture;
    return {
      durationMs: m.durationMs,
      lowMs: m.durationMs,
      highMs: m.durationMs,
      p95Ms: m.p95Ms,
      source: m.untested ? 'untested' : 'measured',
      assumedFrom,
      censored: m.censored,
    };
  };
}

/** A model anchored at the one measured size, for measurements of a single size (REPORT lines of one function). */
export function anchoredAt(point: MeasuredPoint, cpuBoundShare: number, threads: number): CpuShareModel {
  return { memoryMb: point.memoryMb, durationMs: point.durationMs, cpuBoundShare, threads };
}
