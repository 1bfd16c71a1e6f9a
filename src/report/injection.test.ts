import { parseCsv } from '../testing/parseCsv';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { renamed } from '../testing/renamed';
import { priceScenario } from './priceScenario';
import { csvCell, csvReport, escapeMd, markdownReport } from './textReport';

const catalog = testCatalog();
function priced() {
  const p = priceScenario(catalog, DEFAULT_SCENARIO);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p;
}

/** What a spreadsheet would evaluate: an unquoted-then-unescaped cell starting like a formula (after spaces too). */
const runsAsFormula = (cell: string) => /^[\t\r]|^\s*[=+\-@]/.test(cell);

describe('CSV cells a spreadsheet would run as formulas are neutralised (OWASP)', () => {
  it.each([
    ["-1+cmd|' /C calc'!A0"],
    ['-2+3'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['=HYPERLINK("http://x")'],
    ['+1'],
    ['@SUM(A1)'],
    ['  =1+1'],
    ['-'],
  ])('%j comes out as quoted text starting with a quote mark', (payload) => {
    const cell = csvCell(payload);
    const [[read]] = parseCsv(`${cell}\n`) as [[string]];
    expect(read).toBe(`'${payload}`);
    expect(runsAsFormula(read)).toBe(false);
  });

  it('a text column never passes a leading minus, even before digits', () => {
    expect(csvCell('-2', false)).toBe(`"'-2"`);
  });

  it('numbers the exporter writes stay numbers, negative and exponent forms included', () => {
    for (const n of ['-0.20', '-3e-36', '1.5e-7', '15.18', '0', '1e+21']) expect(csvCell(n, true)).toBe(n);
    // Only a plain number is exempt: a formula in a number column is still neutralised.
    expect(csvCell('-2+3', true)).toBe(`"'-2+3"`);
  });

  it('quotes CR as well as LF, so a cell never breaks its row', () => {
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });

  it('a system named like a formula, with line breaks, exports as one text cell in one row per line', () => {
    const p = renamed(priced(), "-1+cmd|' /C calc'!A0\r\n=2+2");
    const rows = parseCsv(csvReport(p.analysis));
    // One row per line and per total, then one per segment of the cheapest-at-every-traffic sequence,
    // then the region and date the figures are in.
    const lines = p.analysis.estimates.reduce((n, e) => n + e.lines.length + 1, 1) + p.analysis.cheapest.length + 1;
    expect(rows).toHaveLength(lines);
    expect(rows.every((r) => r.length === 9)).toBe(true);
    const names = rows.slice(1).map((r) => r[1]!);
    expect(names).toContain("'-1+cmd|' /C calc'!A0\r\n=2+2");
    expect(rows.flat().filter(runsAsFormula)).toEqual([]);
  });
});

describe('Markdown keeps one row per system whatever the names hold', () => {
  it('folds line breaks so a name can neither split a row nor start a heading', () => {
    expect(escapeMd('a\nb\r\nc\rd\u2028e')).toBe('a b c d e');
    const p = renamed(priced(), 'Lambda\n# Owned\n| x | y |');
    const md = markdownReport(p.book, p.analysis);
    const lines = md.split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toEqual([]);
    const tableRows = lines.filter((l) => l.startsWith('|'));
    expect(tableRows).toHaveLength(2 + priced().analysis.estimates.length);
    expect(tableRows[2]).toBe('| Lambda # Owned \\| x \\| y \\| | $1.87 | $1.87 |');
  });
});
