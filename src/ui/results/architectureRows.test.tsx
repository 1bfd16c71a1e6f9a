import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { priceScenario } from '../../report';
import { DEFAULT_SCENARIO } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { LineItems } from './LineItems';
import { ResultRows } from './ResultRows';

/** Two functions behind one API: their Lambda requests and duration are pooled (one account's free tier and tiers). */
const priced = priceScenario(testCatalog(), {
  ...DEFAULT_SCENARIO,
  architectures: [
    {
      id: 'fan',
      name: 'Fan',
      components: [
        { id: 'api', kind: 'aws-api-gateway', perRequest: { calls: 1 } },
        { id: 'a', name: 'A', kind: 'aws-lambda', triggeredBy: 'api' },
        { id: 'b', name: 'B', kind: 'aws-lambda', triggeredBy: 'api' },
      ],
    },
  ],
});

describe('an architecture in the results', () => {
  if (!priced.ok) throw new Error(JSON.stringify(priced.issues));
  const estimates = priced.analysis.estimates;
  const arch = estimates.at(-1)!;

  it('comes after the systems, in the estimates, with its parts', () => {
    expect(estimates.slice(0, DEFAULT_SCENARIO.systems.length).map((e) => e.id)).toEqual(
      DEFAULT_SCENARIO.systems.map((s) => s.id),
    );
    expect(arch.parts?.map((p) => p.id)).toEqual(['api', 'a', 'b']);
  });

  it('expands into its components, each with its cost and share', () => {
    const html = renderToStaticMarkup(
      <table>
        <tbody>
          <ResultRows
            estimate={arch}
            first={false}
            cheapestUsd={null}
            sustained={[]}
            open={new Set(['parts:fan'])}
            toggle={() => {}}
          />
        </tbody>
      </table>,
    );
    expect(html.match(/data-testid="part-row"/g)).toHaveLength(3);
    expect(html).toContain('of Fan');
  });

  it('explains its lines by component, a pooled line’s shares marked as shared', () => {
    const html = renderToStaticMarkup(<LineItems estimate={arch} />);
    expect(html.match(/data-testid="explain-part"/g)).toHaveLength(3);
    expect(html).toContain('shared: its part of a pooled line');
    expect(html).toContain('pooled in');
  });
});
