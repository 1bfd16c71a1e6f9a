import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

// Each test prices, redraws and downloads several times; on a loaded 2-core machine that outlasts 30 s.
test.describe.configure({ timeout: 90_000 });

/** Clicks a download button of the share panel; returns the file's name and text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    page.getByRole('group', { name: 'Download' }).getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

/** Copies the embed code (the page may read the clipboard: granted by the caller). */
async function copiedEmbedCode(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByTestId('share-status')).toHaveText('Embed code copied.');
  return page.evaluate(() => navigator.clipboard.readText());
}

test('the title is editable and follows into the export file names, the Markdown, the embed’s iframe title and the tab', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new AppPage(page);
  await app.goto();
  const title = page.getByRole('textbox', { name: 'Title of this comparison' });
  await expect(title).toHaveValue('Lambda vs EC2 vs Fargate');
  await title.fill('Checkout API at 1M');
  await expect(page).toHaveTitle('Checkout API at 1M · Serverless Breakeven');
  const md = await download(page, 'Markdown');
  expect(md.name).toBe('checkout-api-at-1m.md');
  expect(md.text.split('\n')[0]).toBe('# Checkout API at 1M');
  expect((await download(page, 'SVG chart')).name).toBe('checkout-api-at-1m.svg');
  const code = await copiedEmbedCode(page);
  expect(code).toContain('title="Checkout API at 1M · Serverless Breakeven"');
});

test('a system named "API -> DB" prices, and is escaped in the Markdown and the SVG', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await page.getByRole('textbox', { name: 'Name (AWS Lambda)' }).first().fill('API -> DB');
  await expect(app.row('lambda').locator('th')).toContainText('API -> DB');
  await expect(page.getByTestId('stale-notice')).toBeHidden();
  await expect(page.getByTestId('issues')).toHaveCount(0);
  expect((await app.totals())['API -> DB']).toBe('$1.87');
  const md = await download(page, 'Markdown');
  expect(md.text).toContain('| API -\\> DB |');
  const svg = await download(page, 'SVG chart');
  expect(svg.text).toContain('API -&gt; DB');
  expect(svg.text).not.toContain('API -> DB');
});

test('two systems of one name are told apart by id everywhere, and the card says so', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await page.getByRole('textbox', { name: 'Name (Amazon EC2)' }).nth(1).fill('t3.small');
  const flags = page.getByTestId('duplicate-name');
  await expect(flags).toHaveCount(2);
  await expect(flags.nth(1)).toHaveText(
    'Another system has this name: results call this one “t3.small (t3-small-alb)”.',
  );
  await expect(app.row('t3-small').locator('th')).toContainText('t3.small (t3-small)');
  await expect(app.row('t3-small-alb').locator('th')).toContainText('t3.small (t3-small-alb)');
  const sentences = await app.breakevenSentences();
  expect(sentences.length).toBeGreaterThan(0);
  for (const s of sentences) expect(s).not.toMatch(/t3\.small (costs|is) [^(]*than t3\.small(?! \()/);
  expect(sentences.join(' ')).toContain('t3.small (t3-small)');
});

test('the SVG export is the chart on screen: its range, cost scale, colours and ticks, and the link carries them', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  await page.getByLabel('From (requests/month)').selectOption({ label: '10²' });
  await page.getByLabel('To (requests/month)').selectOption({ label: '10⁸' });
  const chart = page.getByTestId('breakeven-chart');
  const xTicks = chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
  await expect(xTicks.first()).toHaveText('100');
  await expect(xTicks.last()).toHaveText('100M');
  const strokes = await chart
    .locator('path.recharts-line-curve')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')));
  expect(new Set(strokes).size).toBe(strokes.length);
  const texts = (els: Element[]) => els.map((e) => e.textContent ?? '');
  const appX = await xTicks.evaluateAll(texts);
  const appY = await chart
    .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .evaluateAll(texts);

  const svg = (await download(page, 'SVG chart')).text;
  const curves = svg.slice(svg.indexOf('<g class="curves">'), svg.indexOf('<g class="marks">'));
  expect([...curves.matchAll(/stroke="(#[0-9a-f]{6})"/g)].map((m) => m[1])).toEqual(strokes);
  const grid = svg.slice(svg.indexOf('<g class="grid">'), svg.indexOf('</g>', svg.indexOf('<g class="grid">')));
  const svgX = [...grid.matchAll(/text-anchor="middle">([^<]+)</g)].map((m) => m[1]);
  const svgY = [...grid.matchAll(/text-anchor="end">([^<]+)</g)].map((m) => m[1]);
  expect(svgX).toEqual(appX);
  expect(svgY).toEqual(appY);
  await expect(page.getByTestId('cost-axis-title')).toHaveText('USD per month (log scale)');
  expect(svg).toContain('USD per month (log scale)');

  // A linear cost axis is exported linear too; and the link reopens with the same window and scale.
  await page.getByLabel('Cost axis').selectOption('linear');
  expect((await download(page, 'SVG chart')).text).toContain('USD per month (linear scale)');
  await expect.poll(() => page.url()).toContain('#s=');
  await expect
    .poll(async () => {
      const other = await page.context().newPage();
      await other.goto(page.url());
      await other.getByTestId('result-row').first().waitFor();
      const values = [
        await other.getByLabel('From (requests/month)').inputValue(),
        await other.getByLabel('To (requests/month)').inputValue(),
        await other.getByLabel('Cost axis').inputValue(),
      ];
      await other.close();
      return values;
    })
    .toEqual(['2', '8', 'linear']);
});

test('pasted alone, the copied embed code shows every row of the embed', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new AppPage(page);
  await app.goto();
  const code = await copiedEmbedCode(page);
  const host = await context.newPage();
  await host.setContent(`<!doctype html><html><head><title>Host</title></head><body>${code}</body></html>`);
  const frame = host.frameLocator('iframe');
  await expect(frame.getByTestId('embed-chart').locator('svg')).toBeVisible();
  await expect(frame.locator('footer')).toContainText('Prices as of');
  // The listener in the code applies the embed's height: the iframe ends up as tall as its content.
  await expect
    .poll(async () => {
      const iframeHeight = await host.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      const contentHeight = await frame.locator('#root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      return iframeHeight >= contentHeight && iframeHeight - contentHeight < 4;
    })
    .toBe(true);
  const iframeHeight = await host.locator('iframe').evaluate((f) => f.clientHeight);
  const rows = frame.getByRole('row');
  expect(await rows.count()).toBeGreaterThan(5);
  for (const bottom of await rows.evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().bottom)))
    expect(bottom).toBeLessThanOrEqual(iframeHeight);
  const footerBottom = await frame.locator('footer').evaluate((f) => f.getBoundingClientRect().bottom);
  expect(footerBottom).toBeLessThanOrEqual(iframeHeight);
});

test('in a 360 px frame the embed’s chart is drawn at the frame’s width, its text full size', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new AppPage(page);
  await app.goto();
  const code = await copiedEmbedCode(page);
  const host = await context.newPage();
  await host.setContent(`<!doctype html><html><head><title>Host</title></head><body style="margin:0">
    <div style="width:360px">${code}</div></body></html>`);
  const svg = host.frameLocator('iframe').getByTestId('embed-chart').locator('svg');
  await expect(svg).toBeVisible();
  // Drawn for the frame, not a 720 px drawing scaled to half: one SVG unit is (about) one CSS pixel.
  await expect
    .poll(() => svg.evaluate((s) => s.getBoundingClientRect().width / (s as SVGSVGElement).viewBox.baseVal.width))
    .toBeGreaterThan(0.95);
  const overflow = await host
    .frameLocator('iframe')
    .locator('html')
    .evaluate((h) => h.scrollWidth - h.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
