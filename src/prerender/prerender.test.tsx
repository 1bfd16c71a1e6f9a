import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LINK_GUARD_SCRIPT } from '../app/linkGuard';
import { testCatalog } from '../testing/catalog';
import { AppProvider } from '../ui/AppContext';
import { CheapestSentence } from '../ui/breakeven/CheapestSentence';
import { ResultsSection } from '../ui/results/ResultsSection';
import { prerenderProblems, readPrinted } from './check';
import { defaultFigures } from './figures';
import { prerenderIndexHtml } from './indexHtml';
import { prerenderApp } from './page';

const catalog = testCatalog();
const page = prerenderApp(catalog);
const expected = defaultFigures(catalog);

describe('the prerendered default page', () => {
  it('prints the engine’s totals, cheapest sentence and chart legend', () => {
    expect(expected.rows.length).toBeGreaterThanOrEqual(3);
    expect(prerenderProblems(page, expected)).toEqual([]);
    expect(readPrinted(page).rows.map((r) => r.monthly)).toEqual(expected.rows.map((r) => r.monthly));
  });

  it('prints what the app’s own results components render for the default scenario', () => {
    const components = readPrinted(
      renderToStaticMarkup(
        <AppProvider catalog={catalog}>
          <ResultsSection />
          <CheapestSentence />
        </AppProvider>,
      ),
    );
    const printed = readPrinted(page);
    expect(components.rows.length).toBe(expected.rows.length);
    expect(printed.rows).toEqual(components.rows);
    expect(printed.cheapest).toBe(components.cheapest);
  });

  it('is marked for the link guard, draws the chart as SVG for both colour schemes, and has nothing the CSP blocks', () => {
    expect(page.startsWith('<div class="app" data-prerendered="">')).toBe(true);
    expect(page.match(/<svg\b/g)?.length).toBeGreaterThanOrEqual(2);
    expect(page).toContain('chart__svg--light');
    expect(page).toContain('chart__svg--dark');
    expect(page).not.toContain('Loading the chart');
    expect(page).not.toMatch(/<script\b|\sstyle="|\sdata-testid="/);
    expect(page).toContain('data-prerendered-testid="first-figure" elementtiming="first-figure"');
  });
});

describe('the build check', () => {
  const first = expected.rows[0]!;
  const cases: [string, (html: string) => string, RegExp][] = [
    [
      'a total off by a cent',
      (h) => h.replace(`>${first.monthly}</td>`, '>$0.01</td>'),
      /prints \$0\.01, the engine says/,
    ],
    ['a row missing', (h) => h.replace(/<tr data-prerendered-testid="result-row"[\s\S]*?<\/tr>/, ''), /^rows: /],
    [
      'another cheapest sentence',
      (h) => h.replace(/(data-prerendered-testid="cheapest"[^>]*>)/, '$1Nothing '),
      /^cheapest: /,
    ],
    ['a legend total', (h) => h.replaceAll(`${first.name}: ${first.monthly}`, `${first.name}: $9`), /legend lacks/],
    ['no chart', (h) => h.replace(/<svg\b[\s\S]*?<\/svg>/g, ''), /no SVG chart/],
    ['an inline style', (h) => h.replace('<table ', '<table style="color:red" '), /inline style/],
  ];
  for (const [name, tamper, problem] of cases)
    it(`fails on ${name}`, () => {
      const tampered = tamper(page);
      expect(tampered).not.toBe(page);
      const problems = prerenderProblems(tampered, expected);
      expect(
        problems.some((p) => problem.test(p)),
        problems.join('\n'),
      ).toBe(true);
    });

  it('fills #root and puts the link guard in <head>, or throws on a page it cannot fill', () => {
    const shell =
      '<html><head><meta charset="UTF-8" /><title>x</title></head><body><div id="root"></div></body></html>';
    const out = prerenderIndexHtml(shell, fileURLToPath(new URL('../..', import.meta.url)));
    expect(out).toContain(`<meta charset="UTF-8" />\n    <script>${LINK_GUARD_SCRIPT}</script>`);
    expect(out).toContain(`<div id="root">${page}</div>`);
    expect(() => prerenderIndexHtml(shell.replace('<div id="root"></div>', ''), '.')).toThrow(/#root|root/);
  });
});
