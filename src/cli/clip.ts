/** Longest line an error prints, and most lines: a 1 MB key must not print 2 MB to stderr. */
const MAX_LINE_CHARS = 300;
const MAX_LINES = 40;

/** A message cut to a readable size: long lines end in "…", extra lines are counted, not printed. */
export function readable(message: string): string {
  const lines = message.split('\n');
  const shown = lines
    .slice(0, MAX_LINES)
    .map((l) =>
      l.length > MAX_LINE_CHARS
        ? `${l.slice(0, MAX_LINE_CHARS)}… (${(l.length - MAX_LINE_CHARS).toLocaleString('en-US')} more characters)`
        : l,
    );
  if (lines.length > MAX_LINES) shown.push(`… and ${(lines.length - MAX_LINES).toLocaleString('en-US')} more lines`);
  return shown.join('\n');
}
