import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import httpApi from '../../../examples/architectures/http-api.json';
import { priceScenario } from '../../report';
import type { WrittenArchitecture } from '../../scenario/architecture/schema';
import { testCatalog } from '../../testing/catalog';
import { ArchitectureDiagram } from './ArchitectureDiagram';

describe('ArchitectureDiagram', () => {
  it('draws a box per component with its kind, cost and share, summarised for screen readers', () => {
    const p = priceScenario(testCatalog(), httpApi as never);
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    const arch = p.scenario.architectures![0]!;
    const html = renderToStaticMarkup(
      <ArchitectureDiagram architecture={arch} estimate={p.analysis.estimates.find((e) => e.id === arch.id)} />,
    );
    expect(html).toMatch(/<svg role="img" aria-label="Diagram of HTTP API → Lambda: 3 components, [^"]+ a month\."/);
    expect(html.match(/data-component-id=/g)).toHaveLength(3);
    expect(html).toContain('>Lambda function</text>');
    expect(html).toContain('>$8.47 · 54%</text>');
    expect(html).toMatch(
      /<ul (?=[^>]*class="visually-hidden")[^>]*aria-label="Costs by component of HTTP API → Lambda"/,
    );
    expect(html).toContain('<li>Handler, Lambda function: $8.47 a month, 54% of the bill; triggered by HTTP API.</li>');
    expect(html).toContain('<li>HTTP API, API Gateway HTTP API: $5.00 a month, 32% of the bill; an entry point.</li>');
  });

  it('draws an unpriced architecture without figures, and names only ever as text', () => {
    const arch: WrittenArchitecture = {
      id: 'x',
      components: [
        { id: 'a', kind: 'aws-sqs', name: '<img src=x onerror=alert(1)>' },
        { id: 'b', kind: 'aws-lambda', triggeredBy: 'a' },
      ],
    };
    const html = renderToStaticMarkup(<ArchitectureDiagram architecture={arch} estimate={undefined} />);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x');
    expect(html).not.toContain('diagram-cost');
    expect(html).toContain('aria-label="Diagram of x: 2 components."');
  });
});
