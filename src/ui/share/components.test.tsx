import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { priceScenario } from '../../report';
import { DEFAULT_SCENARIO, type Scenario } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { renamed } from '../../testing/renamed';
import { breakevenChart, chartData, el, svgToString } from '../../share/chart';
import { xmlWellFormedErrors } from '../../share/chart/xmlWellFormed';
import { SharePanel } from './SharePanel';
import { SvgTreeView } from './SvgTreeView';
import httpApi from '../../../examples/architectures/http-api.json';

const catalog = testCatalog();
function priced(s: Scenario) {
  const p = priceScenario(catalog, s);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p;
}
/** 120 ms billed as 200 ms before 2020-12-01 (100 ms rounding), as 120 ms since: Lambda −35.7%. */
const pinned2020: Scenario = {
  ...DEFAULT_SCENARIO,
  pricingDate: '2020-11-30',
  workload: { ...DEFAULT_SCENARIO.workload, durationMs: 120 },
};
/** Opening tags in order (React closes empty elements explicitly, the export self-closes them). */
const tagsOf = (xml: string) => [...xml.matchAll(/<([a-z]+)/g)].map((m) => m[1]);

describe('SvgTreeView', () => {
  it('renders the same elements as the SVG export, names as text', () => {
    const s: Scenario = {
      ...DEFAULT_SCENARIO,
      systems: [{ id: 'x', kind: 'aws-lambda' }, DEFAULT_SCENARIO.systems[2]!],
    };
    const tree = breakevenChart(chartData(renamed(priced(s), '<img src=x onerror=alert(1)>').analysis));
    const html = renderToStaticMarkup(<SvgTreeView tree={tree} />);
    expect(tagsOf(html)).toEqual(tagsOf(svgToString(tree)));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)');
    expect(html).toContain('stroke-width="2"');
    // Preact's serializer leaves `>` unescaped in text, which XML allows and the export's stricter check does not.
    const gtEscaped = html.replace(/>([^<]*)/g, (_, text: string) => `>${text.replaceAll('>', '&gt;')}`);
    expect(xmlWellFormedErrors(gtEscaped)).toEqual([]);
  });

  it('drops elements and handlers outside the chart vocabulary', () => {
    const tree = {
      ...el('svg'),
      children: [
        { tag: 'script', attrs: {}, children: ['alert(1)'] } as never,
        el('g', { onclick: 'alert(1)', class: 'k' }),
      ],
    };
    expect(renderToStaticMarkup(<SvgTreeView tree={tree} />)).toBe('<svg><g class="k"></g></svg>');
  });
});

describe('SharePanel', () => {
  it('offers copy link, embed code and every export, pinned to the scenario’s date, without repeating the prices panel’s notice', () => {
    const html = renderToStaticMarkup(
      <SharePanel priced={priced(pinned2020)} catalog={catalog} pageUrl="https://x.test/app/" />,
    );
    for (const label of ['Copy link', 'Copy embed code', 'Markdown', 'SVG chart', 'PNG chart', 'CSV', 'JSON'])
      expect(html).toContain(`>${label}</button>`);
    expect(html).toContain('Links pin prices as of 2020-11-30');
    expect(html).not.toContain('Newer prices');
  });

  it('offers the diagram (export and embed view) only for a scenario with architectures', () => {
    const plain = renderToStaticMarkup(<SharePanel priced={priced(DEFAULT_SCENARIO)} catalog={catalog} />);
    expect(plain).not.toContain('Diagram (SVG)');
    expect(plain).not.toContain('>diagram</option>');
    const html = renderToStaticMarkup(<SharePanel priced={priced(httpApi as never)} catalog={catalog} />);
    expect(html).toContain('>Diagram (SVG)</button>');
    expect(html).toContain('>diagram</option>');
    expect(html).toContain('>chart, table and diagram</option>');
  });

  it('pins an unpinned scenario to the latest prices', () => {
    const html = renderToStaticMarkup(
      <SharePanel priced={priced(DEFAULT_SCENARIO)} catalog={catalog} pageUrl="https://x.test/" />,
    );
    expect(html).toContain('Links pin prices as of 2026-03-01');
  });
});
