import { z } from 'zod';

/** One invocation's REPORT line: what Lambda measured and billed. */
export type ReportLine = {
  readonly requestId: string;
  readonly durationMs: number;
  readonly billedDurationMs: number;
  readonly memorySizeMb: number;
  readonly maxMemoryUsedMb: number;
  /** Present on cold starts only. */
  readonly initDurationMs?: number;
  /** Present on SnapStart restores only. */
  readonly restoreDurationMs?: number;
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
const ms = z
  .number()
  .finite()
  .nonnegative()
  .max(15 * 60 * 1000);
const mb = z.number().int().min(1).max(10_240);

/** The validated shape of one REPORT, whichever format it came in. */
export const ReportLineSchema = z.object({
  requestId: z.string().max(200),
  durationMs: ms,
  billedDurationMs: ms,
  memorySizeMb: mb,
  maxMemoryUsedMb: mb,
  initDurationMs: ms.optional(),
  restoreDurationMs: ms.optional(),
});

/** JSON log format: `{"type":"platform.report","record":{"requestId":…,"metrics":{…}}}` (Lambda telemetry schema). */
const JsonReport = z.object({
  type: z.literal('platform.report'),
  record: z.object({
    requestId: z.string(),
    metrics: z.object({
      durationMs: z.number(),
      billedDurationMs: z.number(),
      memorySizeMB: z.number(),
      maxMemoryUsedMB: z.number(),
      initDurationMs: z.number().optional(),
      restoreDurationMs: z.number().optional(),
    }),
  }),
});

const TEXT_FIELDS = {
  durationMs: /\bDuration:\s*([\d.]+)\s*ms/,
  billedDurationMs: /Billed Duration:\s*([\d.]+)\s*ms/,
  memorySizeMb: /Memory Size:\s*(\d+)\s*MB/,
  maxMemoryUsedMb: /Max Memory Used:\s*(\d+)\s*MB/,
  initDurationMs: /Init Duration:\s*([\d.]+)\s*ms/,
  restoreDurationMs: /Restore Duration:\s*([\d.]+)\s*ms/,
} as const;

function fromText(line: string): unknown {
  const at = line.indexOf('REPORT RequestId:');
  const text = line.slice(at).replace(/\\t/g, '\t');
  const out: Record<string, unknown> = { requestId: /RequestId:\s*(\S+)/.exec(text)?.[1] ?? '' };
  // "Duration:" also matches inside "Billed Duration:"/"Init Duration:": read it from the text before "Billed".
  const head = text.split(/Billed Duration:/)[0] ?? '';
  for (const [key, re] of Object.entries(TEXT_FIELDS)) {
    const m = re.exec(key === 'durationMs' ? head : text);
    if (m?.[1] !== undefined) out[key] = Number(m[1]);
  }
  return out;
}

function fromJson(value: unknown): unknown {
  const r = JsonReport.safeParse(value);
  if (!r.success) return null;
  const { requestId, metrics: m } = r.data.record;
  return {
    requestId,
    durationMs: m.durationMs,
    billedDurationMs: m.billedDurationMs,
    memorySizeMb: m.memorySizeMB,
    maxMemoryUsedMb: m.maxMemoryUsedMB,
    ...(m.initDurationMs !== undefined ? { initDurationMs: m.initDurationMs } : {}),
    ...(m.restoreDurationMs !== undefined ? { restoreDurationMs: m.restoreDurationMs } : {}),
  };
}

/** A paste that is one JSON array (or one object) as a whole, e.g. an exported log query; else null. */
function wholeJson(text: string): unknown[] | null {
  const t = text.trim();
  if (!t.startsWith('[') && !(t.startsWith('{') && !t.includes('\n'))) return null;
  try {
    const v: unknown = JSON.parse(t);
    return Array.isArray(v) ? v : [v];
  } catch {
    return null;
  }
}

function jsonOf(line: string): unknown {
  const start = line.indexOf('{');
  try {
    return JSON.parse(line.slice(start));
  } catch {
    return undefined;
  }
}

/**
 * Reads Lambda REPORT lines pasted from CloudWatch, in the text format (`REPORT RequestId: …
 * Duration: 102.25 ms …`, with or without a timestamp prefix) or the JSON log format
 * (`platform.report`). Blank lines and other log lines (START, END, the function's own output)
 * are ignored; a line that mentions a report but cannot be read is skipped and counted. Never throws.
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
  const accept = (candidate: unknown, line: number) => {
    if (candidate === null) return skip(line, 'not a readable platform.report JSON object');
    const parsed = ReportLineSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return skip(
        line,
        `${issue?.path.join('.') || 'line'}: ${issue?.input === undefined ? 'missing' : (issue?.message ?? 'invalid')}`,
      );
    }
    reports.push(present(parsed.data));
  };
  const whole = wholeJson(text);
  if (whole) {
    whole.forEach((item, i) => {
      const r = fromJson(item);
      if (r !== null) accept(r, i + 1);
      else if (JSON.stringify(item)?.includes('platform.report'))
        skip(i + 1, 'not a readable platform.report JSON object');
      else ignored++;
    });
    return { reports, skipped, ignored, problems };
  }
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const isText = line.includes('REPORT RequestId:');
    const isJson = !isText && line.includes('platform.report');
    if (!isText && !isJson) {
      if (line !== '') ignored++;
      return;
    }
    accept(isText ? fromText(line) : fromJson(jsonOf(line)), i + 1);
  });
  return { reports, skipped, ignored, problems };
}

function present(r: z.infer<typeof ReportLineSchema>): ReportLine {
  const { initDurationMs, restoreDurationMs, ...rest } = r;
  return {
    ...rest,
    ...(initDurationMs !== undefined ? { initDurationMs } : {}),
    ...(restoreDurationMs !== undefined ? { restoreDurationMs } : {}),
  };
}
