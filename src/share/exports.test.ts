import { parseCsv } from '../testing/parseCsv';
import { describe, expect, it } from 'vitest';
import { priceScenario } from '../report';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { PINNED_DEFAULT } from '../testing/pinnedDefault';
import { renamed } from '../testing/renamed';
import { xmlWellFormedErrors } from './chart/xmlWellFormed';
import { EXPORT_FORMATS, breakevenSvg, exportFileName, renderExport } from './exports';

const catalog = testCatalog();
function priced(s: Scenario = DEFAULT_SCENARIO) {
  const p = priceScenario(catalog, s);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p;
}
/** The brief's own comparison: Lambda against one pinned t3.small (breakeven 8,134,271). */
const BRIEF: Scenario = {
  ...DEFAULT_SCENARIO,
  systems: [
    DEFAULT_SCENARIO.systems[0]!,
    { id: 't3-small', name: 't3.small', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
  ],
};
const HOSTILE = 'A & B <script>alert("x")</script> \'q\' \u0001 \uD800';

describe('exports', () => {
  it('CSV parses back into the documented columns, one total per system matching the estimate', () => {
    const p = priced();
    const rows = parseCsv(renderExport(p, 'csv').text);
    expect(rows[0]).toEqual([
      'system_id',
      'system',
      'line',
      'quantity',
      'unit',
      'rate_usd_per_unit',
      'usd',
      'usd_exact',
      'trace',
    ]);
    expect(rows.every((r) => r.length === 9)).toBe(true);
    const totals = Object.fromEntries(rows.filter((r) => r[2] === 'Total').map((r) => [r[0], r[6]]));
    expect(totals).toEqual({
      lambda: '1.87',
      'lambda-http': '2.87',
      't3-small': '19.47',
      't3-small-alb': '55.46',
      fargate: '21.67',
    });
  });

  it('JSON parses back with the report shape and the link', () => {
    const json = JSON.parse(
      renderExport(priced(PINNED_DEFAULT), 'json', { link: 'https://example.org/#s=v1.x' }).text,
    ) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'scenario',
      'requestsPerMonth',
      'pricing',
      'systems',
      'cheapest',
      'cheapestSentence',
      'breakevens',
      'coldStarts',
      'link',
    ]);
    expect(json.cheapest).toEqual([
      { id: 'lambda', fromRequestsPerMonth: null, toRequestsPerMonth: expect.stringMatching(/^8134271\./) },
      { id: 't3-small', fromRequestsPerMonth: expect.stringMatching(/^8134271\./), toRequestsPerMonth: null },
    ]);
    expect(json.cheapestSentence).toBe('Below 8.1 M requests/month Lambda is cheapest; above 8.1 M t3.small.');
    expect(json.link).toBe('https://example.org/#s=v1.x');
    const systems = json.systems as { id: string; monthlyUsd: string; lines: unknown[] }[];
    expect(systems.map((s) => [s.id, s.monthlyUsd])).toContainEqual(['t3-small', '15.18']);
    expect((json.pricing as { pricingDate: string }).pricingDate).toBe('2026-03-01');
  });

  it('Markdown is a table with "prices as of" and a link back to the scenario', () => {
    const md = renderExport(priced(), 'markdown', { link: 'https://example.org/app/#s=v1.abc' }).text;
    expect(md).toMatch(/\n\n\| System \| Monthly \| Per 1M requests \|\n\|---\|---:\|---:\|\n\| Lambda \| \$1\.87 \|/);
    // The title, then the header before the table: the inputs, price date, region and the link.
    expect(md.split('\n')[0]).toBe(`# ${DEFAULT_SCENARIO.name}`);
    expect(md.split('\n')[2]).toBe(
      '1,000,000 requests/month · 200 ms · 512 MB · x86\\_64 · free tier off · no cold starts · prices as of 2026-03-01 (us-east-1) · [Open this scenario](https://example.org/app/#s=v1.abc)',
    );
    expect(md).toContain('Prices as of 2026-03-01 (us-east-1)');
    expect(md).toContain('[Open this scenario](https://example.org/app/#s=v1.abc)');
  });

  it('SVG is well-formed, self-contained, on a log axis, with legend and marks', () => {
    const svg = renderExport(priced(BRIEF), 'svg').text;
    expect(xmlWellFormedErrors(svg)).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="720" height="\d+"/);
    expect(svg).not.toMatch(/href|url\(|@import|<image|<script|<style|<foreignObject/i);
    // The app's default window, 10^4 … 10^10 (the scenario has no `chart`).
    for (const tick of ['>10K<', '>100K<', '>1M<', '>10M<', '>100M<', '>1B<', '>10B<']) expect(svg).toContain(tick);
    expect(svg).not.toContain('>1K<');
    expect(svg).toContain('(log scale)');
    expect(svg.match(/class="breakeven"/g)).toHaveLength(1);
    expect(svg).toContain('class="current-traffic"');
    expect(svg).toContain('Lambda: $1.87');
    expect(svg).toContain('t3.small: $19.47');
    expect(svg).toContain('Lambda costs more than t3.small above 10,432,481 requests/month.');
  });

  it('escapes every name in the SVG and keeps it well-formed', () => {
    const svg = breakevenSvg(renamed(priced(), HOSTILE), { theme: 'dark' });
    expect(xmlWellFormedErrors(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('A &amp; B &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &apos;q&apos;');
  });

  it('draws only the chosen systems and their breakevens', () => {
    // In the default comparison only the two traffic-sized fleets cross: 5 times below 10^8 requests/month.
    const svg = breakevenSvg(priced(), { systemIds: ['t3-small-alb', 'fargate'] });
    expect(svg.match(/class="legend-item"/g)).toHaveLength(2);
    expect(svg.match(/class="breakeven"/g)).toHaveLength(5);
    expect(breakevenSvg(priced(), { systemIds: ['lambda', 't3-small'] }).match(/class="breakeven"/g)).toBeNull();
  });

  it('every export says which system is cheapest at every traffic', () => {
    const sentence = 'Below 8.1 M requests/month Lambda is cheapest; above 8.1 M t3.small.';
    expect(renderExport(priced(PINNED_DEFAULT), 'markdown').text).toContain(
      `**Cheapest at every traffic:** ${sentence}`,
    );
    const svg = renderExport(priced(PINNED_DEFAULT), 'svg').text;
    expect(svg).toMatch(/<g class="cheapest"><text[^>]*>Below 8\.1 M requests\/month Lambda is cheapest; above 8\.1 M/);
    expect(svg).toContain(`<desc id="sbe-chart-desc">Monthly cost of`);
    expect(svg.slice(svg.indexOf('<desc'), svg.indexOf('</desc>'))).toContain(sentence);
    const rows = parseCsv(renderExport(priced(PINNED_DEFAULT), 'csv').text).filter((r) => r[2] === 'Cheapest from');
    expect(rows.map((r) => [r[0], r[3]!.slice(0, 8)])).toEqual([
      ['lambda', '0'],
      ['t3-small', '8134271.'],
    ]);
    expect(rows[0]![8]).toMatch(/^cheapest above 0 up to 8134271\.\d+ requests\/month$/);
  });

  it('a chart of some systems names the cheapest among those drawn only', () => {
    const svg = breakevenSvg(priced(PINNED_DEFAULT), { systemIds: ['lambda-http', 'fargate'] });
    const answer = svg.slice(svg.indexOf('<g class="cheapest">'));
    expect(answer).toMatch(/Below 6\.3 M requests\/month Lambda \+ HTTP API is cheapest; above 6\.3 M Fargate/);
    expect(answer).not.toContain('t3.small');
  });

  it('the well-formedness check catches what it must', () => {
    expect(xmlWellFormedErrors('<svg><g></svg>')).not.toEqual([]);
    expect(xmlWellFormedErrors('<svg a="1" a="2"/>')).not.toEqual([]);
    expect(xmlWellFormedErrors('<svg>A & B</svg>')).not.toEqual([]);
    expect(xmlWellFormedErrors('<svg><text>x</text></svg><svg/>')).not.toEqual([]);
    expect(xmlWellFormedErrors('<svg title="<b>"/>')).not.toEqual([]);
    expect(xmlWellFormedErrors('<svg><text>a &amp; b</text></svg>')).toEqual([]);
  });

  it('names files after the scenario', () => {
    expect(exportFileName('The brief: 1 M requests/month, 200 ms', 'csv')).toBe(
      'the-brief-1-m-requests-month-200-ms.csv',
    );
    expect(exportFileName('<>', 'svg')).toBe('serverless-breakeven.svg');
    expect(EXPORT_FORMATS).toEqual(['markdown', 'svg', 'csv', 'json', 'diagram-svg']);
  });
});
