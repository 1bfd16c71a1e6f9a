/**
 * Reading the text form of a REPORT line field by field, saying exactly what is wrong with a field
 * that cannot be read: missing, not a number, or cut short at the end of the pasted line.
 */

/** A field read from a REPORT line: its number, or why not. */
type Field = { readonly value: number } | { readonly problem: string } | null;

const LABELS = {
  // "Duration:" must not match inside "Billed Duration:", "Init Duration:", "Restore Duration:".
  durationMs: { re: /(?<!(?:Billed|Init|Restore) )Duration:[ \t]*(\S*)[ \t]*(ms)?/, unit: 'ms' },
  billedDurationMs: { re: /(?<!Restore )Billed Duration:[ \t]*(\S*)[ \t]*(ms)?/, unit: 'ms' },
  memorySizeMb: { re: /Memory Size:[ \t]*(\S*)[ \t]*(MB)?/, unit: 'MB' },
  maxMemoryUsedMb: { re: /Max Memory Used:[ \t]*(\S*)[ \t]*(MB)?/, unit: 'MB' },
  initDurationMs: { re: /Init Duration:[ \t]*(\S*)[ \t]*(ms)?/, unit: 'ms' },
  restoreDurationMs: { re: /(?<!Billed )Restore Duration:[ \t]*(\S*)[ \t]*(ms)?/, unit: 'ms' },
  billedRestoreDurationMs: { re: /Billed Restore Duration:[ \t]*(\S*)[ \t]*(ms)?/, unit: 'ms' },
} as const;

/** Fields every REPORT line has; the others appear on cold starts, SnapStart restores only. */
const REQUIRED = new Set(['durationMs', 'billedDurationMs', 'memorySizeMb', 'maxMemoryUsedMb']);

function field(text: string, key: keyof typeof LABELS): Field {
  const { re, unit } = LABELS[key];
  const m = re.exec(text);
  if (!m) return null;
  const token = (m[1] ?? '').replace(/[",|]+$/, '');
  const label = m[0].split(':')[0];
  if (token === '') return { problem: `cut short ("${label}:" with no value at the end of the line)` };
  const value = Number(token);
  if (!/^\d+(\.\d+)?$/.test(token) || !Number.isFinite(value))
    return { problem: `"${token}" is not a number of ${unit}` };
  // "Init Duration: 495.5" without its unit is still a cold start; a required field cut after its number may have lost digits.
  const atEnd = text.slice((m.index ?? 0) + m[0].length).trim() === '';
  if (m[2] === undefined && atEnd && REQUIRED.has(key))
    return {
      problem: `cut short ("${label}: ${token}" without ${unit} at the end of the line: digits may be missing)`,
    };
  return { value };
}

/** What a REPORT line says: the fields as read (numbers), or the first field that could not be read. */
export type ReportText =
  | { readonly ok: true; readonly candidate: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly reason: string };

/** Does this text line look like (part of) a REPORT line: `REPORT RequestId:`, or trimmed to `Duration: … Billed Duration: …`? */
export function looksLikeReportText(line: string): boolean {
  return line.includes('REPORT RequestId:') || /(?<!Restore )Billed Duration:/.test(line);
}

/**
 * Reads one REPORT line in the text format: with or without a prefix (timestamp, log stream,
 * `function-name:`), tab- or space-separated, or trimmed to its fields without `REPORT RequestId:`
 * (request id then empty). `Status: timeout` / `Status: error` and `Error Type:` are read too.
 */
export function readReportText(line: string): ReportText {
  const at = line.indexOf('REPORT RequestId:');
  const text = (at >= 0 ? line.slice(at) : line).replace(/\\t/g, '\t');
  const candidate: Record<string, unknown> = { requestId: /RequestId:\s*([^\s"]+)/.exec(text)?.[1] ?? '' };
  const name = at > 0 ? /(?:^|\s)([A-Za-z0-9_-]+):\s*$/.exec(line.slice(0, at))?.[1] : undefined;
  if (name) candidate.functionName = name;
  for (const key of Object.keys(LABELS) as (keyof typeof LABELS)[]) {
    const f = field(text, key);
    if (f === null) {
      if (REQUIRED.has(key)) return { ok: false, reason: `${key}: missing` };
      continue;
    }
    if ('problem' in f) {
      if (REQUIRED.has(key)) return { ok: false, reason: `${key}: ${f.problem}` };
      continue;
    }
    candidate[key] = f.value;
  }
  const status = /Status:\s*(\w+)/.exec(text)?.[1];
  if (status) candidate.status = status;
  const errorType = /Error Type:\s*([\w.]+)/.exec(text)?.[1];
  if (errorType) candidate.errorType = errorType;
  return { ok: true, candidate };
}
