/** Markdown-safe text for a table cell or a list item: line breaks folded (a break would end the row or start a heading), markup escaped. */
export function escapeMd(s: string): string {
  return s.replace(/\r\n|[\r\n\v\f\u0085\u2028\u2029]/g, ' ').replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`);
}
