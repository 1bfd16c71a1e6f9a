import type { DefaultFigures } from './figures';

/** What a prerendered page prints, read back from its HTML. */
export type PrintedFigures = {
  readonly rows: readonly { readonly id: string; readonly monthly: string }[];
  readonly cheapest: string | null;
  /** The SVG chart's text (legend labels included), entities decoded. */
  readonly chartText: string;
};

/** Reads the totals, the cheapest sentence and the chart's text back out of prerendered markup. */
export function readPrinted(markup: string): PrintedFigures {
  // The prerendered copy's test ids are renamed (page.tsx); read it as the app's.
  const html = markup.replaceAll(' data-prerendered-testid="', ' data-testid="');
  const rows: { id: string; monthly: string }[] = [];
  for (const row of html.matchAll(/<tr\b([^>]*)>([\s\S]*?)<\/tr>/g)) {
    const attrs = row[1] ?? '';
    if (!/\bdata-testid="result-row"/.test(attrs)) continue;
    const id = /\bdata-system="([^"]*)"/.exec(attrs)?.[1];
    const cell = /<td\b[^>]*\bdata-testid="(?:first-figure|total)"[^>]*>([\s\S]*?)<\/td>/.exec(row[2] ?? '')?.[1];
    if (id !== undefined && cell !== undefined) rows.push({ id: decode(id), monthly: textOf(cell) });
  }
  const cheapest = /<p\b[^>]*\bdata-testid="cheapest"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
  const charts = [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => textOf(m[0].replace(/></g, '> <')));
  return { rows, cheapest: cheapest === undefined ? null : textOf(cheapest), chartText: charts.join(' ') };
}

/**
 * Every way the prerendered markup differs from the engine's figures (empty when it matches): the
 * rows (same systems, same order, same totals), the cheapest sentence, each charted system's total
 * in the chart's legend; and what the page's CSP would block (an inline script or style attribute).
 */
export function prerenderProblems(html: string, expected: DefaultFigures): string[] {
  const printed = readPrinted(html);
  const problems: string[] = [];
  if (/\sdata-testid="/.test(html)) problems.push('a data-testid left in the copy (tests would take it for the app)');
  const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).join(', ');
  if (ids(printed.rows) !== ids(expected.rows))
    problems.push(`rows: the page has [${ids(printed.rows)}], the engine [${ids(expected.rows)}]`);
  for (const want of expected.rows) {
    const got = printed.rows.find((r) => r.id === want.id);
    if (got && got.monthly !== want.monthly)
      problems.push(`${want.id}: the page prints ${got.monthly}, the engine says ${want.monthly}`);
    const label = `${want.name}: ${want.monthly}`;
    if (want.charted && !printed.chartText.includes(label)) problems.push(`the chart's legend lacks "${label}"`);
  }
  if (printed.cheapest === null) problems.push('no cheapest sentence (data-testid="cheapest")');
  else if (sentence(printed.cheapest) !== sentence(expected.cheapest))
    problems.push(`cheapest: the page says "${printed.cheapest}", the engine "${expected.cheapest}"`);
  if (printed.chartText === '') problems.push('no SVG chart');
  if (/<script\b/i.test(html)) problems.push('a <script> in the prerendered markup');
  if (/\sstyle="/.test(html)) problems.push('an inline style attribute (the CSP blocks it)');
  return problems;
}

/** A sentence without its full stop (the page ends the sentence with one unless it already does). */
function sentence(s: string): string {
  return s.replace(/\.$/, '');
}

/** The text an HTML fragment shows: tags dropped, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return decode(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code] ?? whole;
  });
}
