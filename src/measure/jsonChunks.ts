/**
 * A paste split into JSON values and text lines, whatever the wrapping: one array of events, an
 * object holding one (`{"events": [...]}`), one JSON object per line, or objects pretty-printed over
 * many lines one after another (the console's expanded view). Lines are numbered from 1.
 */
export type Chunk =
  | { readonly kind: 'text'; readonly line: number; readonly text: string }
  | {
      readonly kind: 'json';
      readonly line: number;
      readonly value: unknown;
      /** Line of each element of the top-level array (key `''`) or of an array under a top-level key. */
      readonly itemLines: ReadonlyMap<string, readonly number[]>;
    };

/** A value that does not close within this many characters is read line by line instead. */
const MAX_SCAN_CHARS = 8_000_000;
/** After this many values that never close, stop trying: the rest is read line by line (no quadratic scans). */
const MAX_FAILED_SCANS = 20;

type Scanned = { end: number; endLine: number; itemLines: Map<string, number[]> };

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t';
}

/** Finds where the JSON value opening at `start` closes (string-aware), noting the lines of array elements. */
function scan(text: string, start: number, line: number): Scanned | null {
  const stack: string[] = [];
  const itemLines = new Map<string, number[]>();
  let inString = false;
  let escaped = false;
  let stringStart = 0;
  let lastKey = '';
  let active: { lines: number[]; depth: number } | null = null;
  let expectItem = false;
  const stop = Math.min(text.length, start + MAX_SCAN_CHARS);
  for (let i = start; i < stop; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') {
        inString = false;
        if (stack.length === 1 && stack[0] === '{') lastKey = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (expectItem && active && !isSpace(c) && c !== ']') {
      active.lines.push(line);
      expectItem = false;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
    } else if (c === '{' || c === '[') {
      stack.push(c);
      const topArray = stack.length === 1 && c === '[';
      const keyedArray = stack.length === 2 && c === '[' && stack[0] === '{';
      if (topArray || keyedArray) {
        active = { lines: [], depth: stack.length };
        itemLines.set(topArray ? '' : lastKey, active.lines);
        expectItem = true;
      }
    } else if (c === '}' || c === ']') {
      if (active && stack.length === active.depth) active = null;
      stack.pop();
      if (stack.length === 0) return { end: i + 1, endLine: line, itemLines };
    } else if (c === ',' && active && stack.length === active.depth) expectItem = true;
  }
  return null;
}

/** Splits a paste into JSON values (parsed) and the text lines between them. Never throws. */
export function splitChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let failed = 0;
  let offset = 0;
  let line = 1;
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const lineEnd = nl < 0 ? text.length : nl;
    const raw = text.slice(offset, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const first = raw[lead];
    if ((first === '{' || first === '[') && failed < MAX_FAILED_SCANS) {
      const s = scan(text, offset + lead, line);
      if (!s) failed++;
      const value = s ? parse(text.slice(offset + lead, s.end)) : undefined;
      if (s && value !== undefined) {
        chunks.push({ kind: 'json', line, value, itemLines: s.itemLines });
        const after = text.indexOf('\n', s.end);
        const rest = text.slice(s.end, after < 0 ? text.length : after).trim();
        if (rest !== '' && rest !== ',') chunks.push({ kind: 'text', line: s.endLine, text: rest });
        if (after < 0) break;
        offset = after + 1;
        line = s.endLine + 1;
        continue;
      }
    }
    chunks.push({ kind: 'text', line, text: raw });
    if (nl < 0) break;
    offset = nl + 1;
    line++;
  }
  return chunks;
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}
