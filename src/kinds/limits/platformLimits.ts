import type { Grade, LimitFinding, SystemBase, Workload } from '../../engine';
import data from './platformLimits.json' with { type: 'json' };

/** What a limit bounds: a per-request figure of the workload the system runs. */
export type LimitMeasure = 'durationMs' | 'cpuMs' | 'requestKb' | 'responseKb';

/**
 * One documented limit, as `platformLimits.json` holds it: which systems it applies to (their kind
 * and, where it depends on a setting, that setting's values), the bound, and its dated source.
 */
export type PlatformLimit = {
  readonly id: string;
  readonly applies: { readonly kind: string } & Readonly<Record<string, string | readonly string[]>>;
  readonly measure: LimitMeasure;
  readonly max: number;
  readonly severity: 'unable' | 'warning';
  readonly what: string;
  readonly instead: string;
  readonly source: {
    readonly url: string;
    readonly title: string;
    readonly dateShown: string | null;
    readonly retrieved: string;
    readonly grade: Grade;
    readonly note?: string;
  };
};

/** Every limit checked, from the data file (validated by its test: a source, a date and a grade each). */
export const PLATFORM_LIMITS = data.limits as readonly PlatformLimit[];

const UNITS: Record<LimitMeasure, string> = {
  durationMs: 'ms per request',
  cpuMs: 'ms of CPU time per request',
  requestKb: 'KB per request',
  responseKb: 'KB per response',
};

/**
 * The documented limits a system's workload runs into: each names the figure that trips it, the
 * limit and its source, and what to do instead. `workload` is what the system runs (an
 * architecture's component runs its own duration and payloads).
 */
export function limitFindings(system: SystemBase, workload: Workload): LimitFinding[] {
  const fields = system as unknown as Readonly<Record<string, unknown>>;
  const out: LimitFinding[] = [];
  for (const limit of PLATFORM_LIMITS) {
    if (!applies(limit, fields)) continue;
    const value = workload[limit.measure];
    if (value <= limit.max) continue;
    const { note: _note, ...source } = limit.source;
    out.push({
      check: limit.id,
      severity: limit.severity,
      message: `${upperFirst(limit.what)}; this workload needs ${value.toLocaleString('en-US')} ${UNITS[limit.measure]}.`,
      instead: upperFirst(limit.instead),
      source,
    });
  }
  return out;
}

function applies(limit: PlatformLimit, fields: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(limit.applies).every(([key, want]) =>
    typeof want === 'string' ? fields[key] === want : want.includes(fields[key] as string),
  );
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
