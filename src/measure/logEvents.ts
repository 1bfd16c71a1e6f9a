import { type Chunk, splitChunks } from './jsonChunks';

/**
 * One log event, unwrapped from whatever carried it: a text line, the `message` of a
 * `filter-log-events` / `get-log-events` event, the `@message` of a Logs Insights row, or a JSON-format
 * `platform.report` record. `functionName` is set when the wrapping names the log group.
 */
export type LogEvent =
  | { readonly line: number; readonly text: string; readonly functionName?: string }
  | { readonly line: number; readonly record: Readonly<Record<string, unknown>>; readonly functionName?: string };

type Obj = Readonly<Record<string, unknown>>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `/aws/lambda/my-fn` or `123456789012:/aws/lambda/my-fn` → `my-fn`. */
function functionOf(o: Obj): string | undefined {
  const group = [o['@log'], o.logGroupName, o.logGroup].find((v): v is string => typeof v === 'string');
  return group === undefined ? undefined : /\/aws\/lambda\/([^/\s]+)/.exec(group)?.[1];
}

/** A Logs Insights `get-query-results` row (`[{field, value}, …]`) as an object; else null. */
function insightsRow(v: readonly unknown[]): Obj | null {
  if (v.length === 0 || !v.every((f) => isObject(f) && typeof f.field === 'string')) return null;
  return Object.fromEntries(v.map((f) => [(f as Obj).field as string, (f as Obj).value]));
}

function textEvents(text: string, line: number, functionName: string | undefined): LogEvent[] {
  const t = text.trim();
  if (t.startsWith('{')) {
    try {
      return eventsOf(JSON.parse(t) as unknown, line, functionName);
    } catch {
      // Not JSON after all: read it as text.
    }
  }
  return t
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => ({ line, text: l, ...(functionName ? { functionName } : {}) }));
}

/** The events in one JSON item; an item that is no log event yields its JSON as text (counted as ignored, or skipped if it mentions a report). */
function eventsOf(item: unknown, line: number, inherited?: string): LogEvent[] {
  const row = Array.isArray(item) ? insightsRow(item) : null;
  const o = row ?? item;
  if (!isObject(o)) return [{ line, text: typeof o === 'string' ? o : '' }];
  const functionName = functionOf(o) ?? inherited;
  const named = functionName ? { functionName } : {};
  if (o.type === 'platform.report') return [{ line, record: o, ...named }];
  const message = o.message ?? o['@message'];
  if (typeof message === 'string') return textEvents(message, line, functionName);
  if (isObject(message)) return eventsOf(message, line, functionName);
  return [{ line, text: JSON.stringify(o), ...named }];
}

function jsonEvents(chunk: Extract<Chunk, { kind: 'json' }>): LogEvent[] {
  const { value, line, itemLines } = chunk;
  const items = (list: readonly unknown[], key: string) => {
    const lines = itemLines.get(key) ?? [];
    return list.flatMap((item, i) => eventsOf(item, lines[i] ?? line));
  };
  if (Array.isArray(value)) return insightsRow(value) ? eventsOf(value, line) : items(value, '');
  if (!isObject(value)) return [];
  const isEvent = value.type !== undefined || value.message !== undefined || value['@message'] !== undefined;
  if (isEvent) return eventsOf(value, line);
  // A wrapper: `{"events": [...]}` (filter-log-events), `{"results": [[...]]}` (get-query-results), or similar.
  return Object.entries(value).flatMap(([key, v]) => (Array.isArray(v) ? items(v, key) : []));
}

/** Every log event in a paste, with the line it starts on. Never throws. */
export function logEvents(text: string): LogEvent[] {
  return splitChunks(text).flatMap((c) => (c.kind === 'json' ? jsonEvents(c) : textEvents(c.text, c.line, undefined)));
}
