import { describe, expect, it } from 'vitest';
import fanOut from '../../../examples/architectures/fan-out.json';
import { priceScenario } from '../../report';
import { DEFAULT_SCENARIO, type Scenario, parseScenario } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { xmlWellFormedErrors } from '../chart/xmlWellFormed';
import { embedCode, embedParams, parseEmbedOptions } from '../embedOptions';
import { EXPORT_FORMATS, exportFileName, renderExport } from '../exports';

function fanOutScenario(): Scenario {
  const parsed = parseScenario(fanOut);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}

describe('the diagram in embeds and exports', () => {
  it('is an embed view, kept in the fragment and given room in the iframe snippet', () => {
    const s = fanOutScenario();
    expect(parseEmbedOptions(new Map([['view', 'diagram']]), s)).toEqual({
      options: { view: 'diagram', theme: 'auto' },
      issues: [],
    });
    expect(parseEmbedOptions(new Map([['view', 'drawing']]), s).issues).toEqual([
      { field: 'view', message: 'must be chart, table, both or diagram' },
    ]);
    expect(embedParams({ view: 'diagram' })).toEqual({ view: 'diagram' });
    const height = (code: string) => Number(/height="(\d+)"/.exec(code)![1]);
    // Two architectures of 7 and 2 components: room for every box of the vertical drawing, and more for both.
    expect(height(embedCode('https://x.test/', s, { view: 'diagram' }))).toBeGreaterThan(600);
    expect(height(embedCode('https://x.test/', s))).toBeGreaterThan(
      height(embedCode('https://x.test/', s, { view: 'diagram' })),
    );
    // The default comparison's embed is 1,035 px tall at 600 px wide: the old 692 px cut it.
    expect(height(embedCode('https://x.test/', DEFAULT_SCENARIO))).toBeGreaterThanOrEqual(1035);
  });

  it('exports as one SVG document named apart from the chart', () => {
    expect(EXPORT_FORMATS).toContain('diagram-svg');
    const p = priceScenario(testCatalog(), fanOutScenario());
    if (!p.ok) throw new Error(JSON.stringify(p.issues));
    const file = renderExport(p, 'diagram-svg', { theme: 'dark' });
    expect(file.mime).toBe('image/svg+xml');
    expect(exportFileName('Fan-out', file.extension)).toBe('fan-out.diagram.svg');
    expect(xmlWellFormedErrors(file.text.trim())).toEqual([]);
    for (const name of ['Orders queue', 'Order events topic', 'Email', 'SMS', 'Push', 'Logging', 'Order service'])
      expect(file.text).toContain(`>${name}</text>`);
  });
});
