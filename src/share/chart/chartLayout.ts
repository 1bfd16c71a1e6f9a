import type { BreakevenChartData } from './chartData';

/** Rows of breakeven labels above the plot the chart leaves room for; more rows push the plot down. */
export const LABEL_ROWS = 3;
/** Rough advance of one 12 px character, to wrap the legend without measuring text. */
export const CHAR_PX = 6.8;

/**
 * For labels [centre px, width px] in any order: the lowest row where each fits beside the others.
 * Every label gets a row (a new one when none has room), so no breakeven goes unlabelled.
 */
export function placeLabels(labels: readonly (readonly [number, number])[]): number[] {
  const rowEnds: number[] = [];
  const out: number[] = Array.from({ length: labels.length }, () => 0);
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]![0] - labels[b]![0]);
  for (const i of order) {
    const [centre, w] = labels[i]!;
    let row = rowEnds.findIndex((end) => end + 4 <= centre - w / 2);
    if (row < 0) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = centre + w / 2;
    out[i] = row;
  }
  return out;
}

/** Legend items wrapped into rows that fit the width. */
export function legendRows(
  data: BreakevenChartData,
  width: number,
  left: number,
  right: number,
): { index: number; label: string; x: number }[][] {
  const rows: { index: number; label: string; x: number }[][] = [];
  let row: { index: number; label: string; x: number }[] = [];
  let cursor = left;
  data.series.forEach((s, index) => {
    const label = `${s.name}: ${s.usdText}`;
    const w = 24 + label.length * CHAR_PX + 16;
    if (row.length > 0 && cursor + w > width - right) {
      rows.push(row);
      row = [];
      cursor = left;
    }
    row.push({ index, label, x: cursor });
    cursor += w;
  });
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Words into lines of at most `chars` characters (a longer word gets a line of its own). */
export function wrap(words: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of words.split(' ').filter(Boolean)) {
    if (line && line.length + 1 + w.length > chars) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}
