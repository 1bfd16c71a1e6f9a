import { describe, expect, it } from 'vitest';
import httpApi from '../../../examples/architectures/http-api.json';
import { priceScenario } from '../../report';
import type { WrittenArchitecture } from '../../scenario/architecture/schema';
import { testCatalog } from '../../testing/catalog';
import { xmlWellFormedErrors } from '../chart/xmlWellFormed';
import { layoutArchitecture } from './layout';
import { diagramSvg, diagramsSvg } from './svg';

const HOSTILE = 'A & B <script>alert("x")</script> \'q\' \u0001';

function priced() {
  const p = priceScenario(testCatalog(), httpApi as never);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p;
}

describe('diagram SVG', () => {
  it('is well-formed XML with a title, a description, a box per component and an arrowhead per trigger', () => {
    const p = priced();
    const arch = p.scenario.architectures![0]!;
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const svg = diagramSvg(layoutArchitecture(arch, p.analysis.estimates[0], { orientation }), { title: 'T' });
      expect(xmlWellFormedErrors(svg)).toEqual([]);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('<title id="sbe-diagram-title">T</title>');
      expect(svg).toContain('<desc id="sbe-diagram-desc">HTTP API (API Gateway HTTP API, $5.00 a month');
      expect(svg).toContain('>$8.47 · 54%</text>');
      expect(svg.match(/ Z"/g)).toHaveLength(2);
    }
  });

  it('escapes every name: a name is only ever text', () => {
    const arch: WrittenArchitecture = {
      id: 'x',
      components: [
        { id: 'a', kind: 'aws-sqs', name: HOSTILE },
        { id: 'b', kind: 'aws-lambda', name: '<b>&amp;', triggeredBy: 'a' },
      ],
    };
    const svg = diagramSvg(layoutArchitecture(arch), { title: HOSTILE, theme: 'dark' });
    expect(xmlWellFormedErrors(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;&amp;amp;');
    expect(svg).toContain('A &amp; B &lt;script&gt;');
  });

  it('draws every architecture of a scenario in one document, captioned with the pricing date', () => {
    const p = priced();
    const svg = diagramsSvg(p, { theme: 'dark' });
    expect(xmlWellFormedErrors(svg)).toEqual([]);
    expect(svg).toContain('>HTTP API → Lambda</text>');
    expect(svg).toContain('>ALB → Fargate</text>');
    expect(svg).toContain(`Prices as of ${p.book.pricingDate}`);
    expect(svg).toContain('>$61.93 · 97%</text>');
  });

  it('refuses a scenario without architectures', () => {
    const p = priced();
    expect(() => diagramsSvg({ ...p, scenario: { ...p.scenario, architectures: [] } })).toThrow(/no architectures/);
  });
});
