import { describe, expect, it } from 'vitest';
import { priceScenario } from '../report';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { xmlWellFormedErrors } from './chart/xmlWellFormed';
import { embedCode } from './embedOptions';
import { exportFileName, renderExport } from './exports';
import { UNTITLED, pageTitle, scenarioTitle } from './titles';

const catalog = testCatalog();
const ARROWS: Scenario = {
  ...DEFAULT_SCENARIO,
  name: 'Orders: API -> DB < $50',
  systems: [
    { id: 'api', name: 'API -> DB', kind: 'aws-lambda' },
    { id: 'box', name: 't3.small', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
    { id: 'box-2', name: 't3.small', kind: 'aws-ec2', instanceType: 't3.small', count: 2 },
  ],
};

describe('the scenario title and names with arrows, everywhere they are rendered', () => {
  const p = priceScenario(catalog, ARROWS);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));

  it('a scenario with "API -> DB" prices', () => {
    expect(p.analysis.estimates.map((e) => e.name)).toEqual(['API -> DB', 't3.small (box)', 't3.small (box-2)']);
  });

  it('the SVG chart is titled by the scenario and escapes every name', () => {
    const svg = renderExport(p, 'svg').text;
    expect(xmlWellFormedErrors(svg)).toEqual([]);
    expect(svg).toContain('<title id="sbe-chart-title">Orders: API -&gt; DB &lt; $50</title>');
    expect(svg).toContain('API -&gt; DB');
    expect(svg).not.toContain('API -> DB');
  });

  it('Markdown is headed by the title, with < and > escaped in the heading and the table', () => {
    const md = renderExport(p, 'markdown').text;
    expect(md.split('\n')[0]).toBe('# Orders: API -\\> DB \\< $50');
    expect(md).toContain('| API -\\> DB |');
    expect(md).not.toMatch(/[^\\][<>]/);
  });

  it('no sentence names one system twice: duplicate names are told apart', () => {
    const md = renderExport(p, 'markdown').text;
    expect(md).not.toMatch(/t3\.small costs more than t3\.small /);
    expect(md).toMatch(/t3\.small \(box(-2)?\)/);
  });

  it('the file name and the iframe title follow the title', () => {
    expect(exportFileName(ARROWS.name, 'svg')).toBe('orders-api-db-50.svg');
    expect(embedCode('https://x.test/', ARROWS)).toContain(
      'title="Orders: API -&gt; DB &lt; $50 · Serverless Breakeven"',
    );
  });

  it('an untitled or blank scenario has a readable title', () => {
    expect(scenarioTitle(undefined)).toBe(UNTITLED);
    expect(scenarioTitle('   ')).toBe(UNTITLED);
    expect(pageTitle('Mine')).toBe('Mine · Serverless Breakeven');
  });
});
