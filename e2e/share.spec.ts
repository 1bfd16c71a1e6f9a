import { DEFAULT_SCENARIO } from '../src/scenario';
import { priceScenario } from '../src/report';
import { breakevenSvg } from '../src/share/exports';
import { svgToPngBlob } from '../src/share/png';
import { testCatalog } from '../src/testing/catalog';
import { renamed } from '../src/testing/renamed';
import { expect, test } from './fixtures';

test('the exported SVG chart parses as XML in the browser, hostile names and all', async ({ page }) => {
  const hostile = 'A & B <script>alert("x")</script> \u0001';
  const priced = priceScenario(testCatalog(), DEFAULT_SCENARIO);
  if (!priced.ok) throw new Error('the default scenario must price');
  // The schema refuses markup in names; the renderer must still escape whatever reaches it.
  const svg = breakevenSvg(renamed(priced, hostile));
  await page.goto('./embed.html');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      paths: doc.querySelectorAll('path').length,
      scripts: doc.querySelectorAll('script').length,
      legend: [...doc.querySelectorAll('.legend-item text')].map((t) => t.textContent),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.paths).toBe(5);
  expect(parsed.scripts).toBe(0);
  expect(parsed.legend[0]).toBe('A & B <script>alert("x")</script> \uFFFD: $1.87');
});

test('svgToPngBlob draws the exported SVG onto a canvas as a PNG under the page CSP (no fetch of data:)', async ({
  page,
}) => {
  const priced = priceScenario(testCatalog(), DEFAULT_SCENARIO);
  if (!priced.ok) throw new Error('the default scenario must price');
  await page.goto('./embed.html');
  // The real function's source, run in the page (it is self-contained: Image, canvas, toBlob).
  const png = (await page.evaluate(`(async () => {
    const blob = await (${svgToPngBlob.toString()})(${JSON.stringify(breakevenSvg(priced))}, 2);
    return { type: blob.type, size: blob.size, head: [...new Uint8Array(await blob.slice(0, 8).arrayBuffer())] };
  })()`)) as { type: string; size: number; head: number[] };
  expect(png.type).toBe('image/png');
  expect(png.head).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.size).toBeGreaterThan(10_000);
});
