import { z } from 'zod/mini';
import '../validation/english';
import { type LogEvent, logEvents } from './logEvents';
import { looksLikeReportText, readReportText } from './reportText';

/** How an invocation ended, when its REPORT says (`Status: timeout`, `Status: error` — e.g. out of memory). */
export type InvocationStatus = 'success' | 'timeout' | 'error';

/** One invocation's REPORT line: what Lambda measured and billed. */
export type ReportLine = {
  readonly requestId: string;
  readonly durationMs: number;
  /** Duration rounded up to 1 ms, plus INIT where billed and Billed Restore Duration on SnapStart restores. */
  readonly billedDurationMs: number;
  readonly memorySizeMb: number;
  readonly maxMemoryUsedMb: number;
  /** Present on cold starts only. */
  readonly initDurationMs?: number;
  /** Present on SnapStart restores only. */
  readonly restoreDurationMs?: number;
  /** Present on SnapStart restores only: the part of the restore that is billed (included in billedDurationMs). */
  readonly billedRestoreDurationMs?: number;
  /** Set when the line says it (`Status:`); absent on the older lines of successful invocations. */
  readonly status?: InvocationStatus;
  /** `Error Type:` of a failed invocation, e.g. `Runtime.OutOfMemory`. */
  readonly errorType?: string;
  /** The function, when the paste names it (a `name: REPORT …` prefix, a log group in an export). */
  readonly functionName?: string;
};

/** A line that looked like a REPORT but could not be read, with why. */
export type SkippedLine = { readonly line: number; readonly reason: string };

/**
 * Every REPORT read from a paste; `skipped` counts lines that looked like a report but could not be
 * read (the first few reasons kept, lines numbered from 1); `ignored` counts other non-blank lines.
 */
export type ParsedReports = {
  readonly reports: readonly ReportLine[];
  readonly skipped: number;
  readonly ignored: number;
  readonly problems: readonly SkippedLine[];
};

const MAX_PROBLEMS = 20;
/** Lambda's 15-minute limit on Duration. */
export const MAX_DURATION_MS = 900_000;
/** Billed Duration may add INIT (up to 10 s) and a SnapStart restore (up to 10 s) to the 15-minute limit. */
export const MAX_BILLED_DURATION_MS = MAX_DURATION_MS + 20_000;

const ms = (max: number, what: string) =>
  z.number().check(z.nonnegative('is negative'), z.lte(max, `is above ${max.toLocaleString('en-US')} ms (${what})`));
const mb = (min: number) =>
  z
    .number()
    .check(
      z.int('is not a whole number of MB'),
      z.gte(min, `is below ${min} MB`),
      z.lte(10_240, 'is above 10,240 MB (Lambda’s largest size)'),
    );

/** The validated shape of one REPORT, whichever format it came in. */
export const ReportLineSchema = z.object({
  requestId: z.string().check(z.maxLength(200, 'is longer than 200 characters')),
  durationMs: ms(MAX_DURATION_MS, 'the 15-minute limit'),
  billedDurationMs: ms(MAX_BILLED_DURATION_MS, '15 minutes plus INIT and restore'),
  memorySizeMb: mb(128),
  maxMemoryUsedMb: mb(1),
  initDurationMs: z.optional(ms(MAX_DURATION_MS, 'the 15-minute limit')),
  restoreDurationMs: z.optional(ms(MAX_DURATION_MS, 'the 15-minute limit')),
  billedRestoreDurationMs: z.optional(ms(MAX_DURATION_MS, 'the 15-minute limit')),
  status: z.optional(z.enum(['success', 'timeout', 'error'])),
  errorType: z.optional(z.string().check(z.maxLength(200))),
  functionName: z.optional(z.string().check(z.maxLength(200))),
});

/** JSON log format: `{"type":"platform.report","record":{"requestId":…,"metrics":{…},"status":…}}` (Lambda telemetry schema). */
const JsonReport = z.object({
  type: z.literal('platform.report'),
  record: z.object({
    requestId: z.string(),
    status: z.optional(z.string()),
    errorType: z.optional(z.string()),
    metrics: z.record(z.string(), z.unknown()),
  }),
});

const METRICS = {
  durationMs: 'durationMs',
  billedDurationMs: 'billedDurationMs',
  memorySizeMb: 'memorySizeMB',
  maxMemoryUsedMb: 'maxMemoryUsedMB',
  initDurationMs: 'initDurationMs',
  restoreDurationMs: 'restoreDurationMs',
  billedRestoreDurationMs: 'billedRestoreDurationMs',
} as const;

function fromJson(value: unknown): Readonly<Record<string, unknown>> | string {
  const r = JsonReport.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    return `platform.report: ${issue?.path.join('.') || 'record'} ${issue?.code === 'invalid_type' ? 'missing or not the expected type' : (issue?.message ?? 'invalid')}`;
  }
  const { requestId, metrics, status, errorType } = r.data.record;
  const out: Record<string, unknown> = { requestId };
  for (const [key, name] of Object.entries(METRICS)) if (metrics[name] !== undefined) out[key] = metrics[name];
  if (status !== undefined) out.status = status;
  if (errorType !== undefined) out.errorType = errorType;
  return out;
}

/** The start of a REPORT line's second half, when a page wrapped it. */
const WRAPPED = /^\s*(Billed Duration|Memory Size|Max Memory Used):/;

function jsonIn(line: string): unknown {
  try {
    return JSON.parse(line.slice(line.indexOf('{'))) as unknown;
  } catch {
    return undefined;
  }
}

/** Why a candidate failed validation, naming the field and the value actually there. */
function reasonOf(candidate: Readonly<Record<string, unknown>>, error: z.core.$ZodError): string {
  const issue = error.issues[0];
  const key = String(issue?.path[0] ?? 'line');
  const value = candidate[key];
  if (value === undefined) return `${key}: missing`;
  if (typeof value !== 'number' && issue?.code === 'invalid_type')
    return `${key}: ${JSON.stringify(value)} is not a number`;
  return `${key}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)} ${issue?.message ?? 'is invalid'}`;
}

/**
 * Reads Lambda REPORT lines however they were pasted: the text format (with or without a prefix, or
 * trimmed to its fields), the JSON log format (`platform.report`), CloudWatch `filter-log-events` /
 * `get-log-events` dumps, Logs Insights exports, one JSON event per line or pretty-printed over
 * several. Other log lines are ignored and counted; a line that looks like a report but cannot be
 * read is skipped with its line number and the field at fault. Never throws.
 */
export function parseReportLines(text: string): ParsedReports {
  const reports: ReportLine[] = [];
  const problems: SkippedLine[] = [];
  let skipped = 0;
  let ignored = 0;
  const skip = (line: number, reason: string) => {
    skipped++;
    if (problems.length < MAX_PROBLEMS) problems.push({ line, reason });
  };
  const accept = (e: LogEvent, candidate: Readonly<Record<string, unknown>> | string) => {
    if (typeof candidate === 'string') return skip(e.line, candidate);
    const named = e.functionName !== undefined && candidate.functionName === undefined;
    const full: Record<string, unknown> = { ...candidate, ...(named ? { functionName: e.functionName } : {}) };
    // The JSON format says "failure" where the text format says "error"; either may be capitalised.
    if (typeof full.status === 'string') {
      const s = full.status.toLowerCase();
      full.status = s === 'failure' ? 'error' : s;
    }
    const parsed = ReportLineSchema.safeParse(full);
    if (!parsed.success) return skip(e.line, reasonOf(full, parsed.error));
    reports.push(present(parsed.data));
  };
  const events = logEvents(text);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if ('record' in e) {
      accept(e, fromJson(e.record));
      continue;
    }
    let line = e.text.trim();
    if (looksLikeReportText(line)) {
      // A REPORT wrapped onto the next line (as pages and terminals wrap long lines): read the two as one.
      const next = events[i + 1];
      if (!/Billed Duration:/.test(line) && next && 'text' in next && WRAPPED.test(next.text)) {
        line = `${line} ${next.text.trim()}`;
        i++;
      }
      const r = readReportText(line);
      accept(e, r.ok ? r.candidate : r.reason);
    } else if (line.includes('platform.report')) accept(e, fromJson(jsonIn(line)));
    else if (line !== '') ignored++;
  }
  return { reports, skipped, ignored, problems };
}

function present(r: z.infer<typeof ReportLineSchema>): ReportLine {
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as ReportLine;
}
