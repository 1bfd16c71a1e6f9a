/**
 * Reading the text form of a REPORT line field by field, saying exactly what is wrong with a field
 * that cannot be read: missing, not a number, or cut short at the end of the pasted line.
 */

/** A field read from a REPORT line: its number, or why not. */
type Field = { readonly value: number } | { readonly problem: string };

/** Every field label of a REPORT line, longest first so that "Billed Duration" is never read as "Duration". */
const FIELD =
  /(Billed Restore Duration|Restore Duration|Billed Duration|Init Duration|Duration|Memory Size|Max Memory Used):[ \t]*(\S*)[ \t]*(ms|MB)?/g;

const KEYS = {
  Duration: 'durationMs',
  'Billed Duration': 'billedDurationMs',
  'Memory Size': 'memorySizeMb',
  'Max Memory Used': 'maxMemoryUsedMb',
  'Init Duration': 'initDurationMs',
  'Restore Duration': 'restoreDurationMs',
  'Billed Restore Duration': 'billedRestoreDurationMs',
} as const;

/** Fields every REPORT line has; the others appear on cold starts, SnapStart restores only. */
const REQUIRED = ['durationMs', 'billedDurationMs', 'memorySizeMb', 'maxMemoryUsedMb'] as const;

/** One field as read: its number, or why not. */
function field(label: keyof typeof KEYS, token: string, unit: string | undefined, atEnd: boolean): Field {
  const expected = label === 'Memory Size' || label === 'Max Memory Used' ? 'MB' : 'ms';
  const t = token.replace(/[",|]+$/, '');
  if (t === '') return { problem: `cut short ("${label}:" with no value at the end of the line)` };
  const value = Number(t);
  if (!/^\d+(\.\d+)?$/.test(t) || !Number.isFinite(value)) return { problem: `"${t}" is not a number of ${expected}` };
  // "Init Duration: 495.5" without its unit is still a cold start; a required field cut after its number may have lost digits.
  const required = (REQUIRED as readonly string[]).includes(KEYS[label]);
  if (unit === undefined && atEnd && required)
    return {
      problem: `cut short ("${label}: ${t}" without ${expected} at the end of the line: digits may be missing)`,
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
  const read = new Map<string, Field>();
  for (const m of text.matchAll(FIELD)) {
    const label = m[1] as keyof typeof KEYS;
    const key = KEYS[label];
    if (read.has(key)) continue;
    const atEnd = text.slice((m.index ?? 0) + m[0].length).trim() === '';
    read.set(key, field(label, m[2] ?? '', m[3], atEnd));
  }
  for (const key of REQUIRED) {
    const f = read.get(key);
    if (!f) return { ok: false, reason: `${key}: missing` };
    if ('problem' in f) return { ok: false, reason: `${key}: ${f.problem}` };
  }
  for (const [key, f] of read) if ('value' in f) candidate[key] = f.value;
  const status = /Status:\s*(\w+)/.exec(text)?.[1];
  if (status) candidate.status = status;
  const errorType = /Error Type:\s*([\w.]+)/.exec(text)?.[1];
  if (errorType) candidate.errorType = errorType;
  return { ok: true, candidate };
}
