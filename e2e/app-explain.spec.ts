import { axeScan, expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test('explain shows every line’s arithmetic, share and sources; secondary grades are flagged', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const explain = await app.explain('Lambda + HTTP API');
  await expect(explain).toContainText('1,000,000 requests × $1.00 per 1M requests = $1.00');
  await expect(explain).toContainText('35% of this bill');
  await expect(explain).toContainText('100,000 GB-s × $0.0000166667/GB-s = $1.67');
  await expect(explain.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/aws\.amazon\.com\//);
  // Fargate's rates are confirmed by the pricing page's own worked examples (official); an Azure VM's are not.
  await expect(app.row('fargate')).not.toContainText('secondary');
  await app.addSystem('Azure VM');
  const azure = app.resultRows.last();
  await expect(azure).toContainText('secondary');
  const azureName = (await azure.locator('th').evaluate((th) => th.firstChild?.textContent ?? '')).trim();
  const azureExplain = await app.explain(azureName);
  await expect(azureExplain.last()).toContainText('secondary source');
});

test('hovering the chart reads out every system’s cost at that traffic', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const chart = page.getByTestId('breakeven-chart');
  await chart.locator('.recharts-line').first().waitFor();
  const box = (await chart.boundingBox())!;
  await chart.hover({ position: { x: box.width * 0.6, y: box.height * 0.4 } });
  const readout = page.getByTestId('hover-readout');
  await expect(readout.getByRole('listitem')).toHaveCount(5);
  // Right of the middle the t3.small fleet sized from the workload has grown past one instance.
  await expect(readout).toContainText('t3.small: $');
  await expect(readout).not.toContainText('t3.small: $19.47');
  // Keyboard: the chart takes focus and Home jumps to the left edge (10^4 requests/month): one instance.
  await chart.focus();
  await page.keyboard.press('Home');
  await expect(readout).toContainText('At 10K requests/month');
  await expect(readout).toContainText('Lambda: $0.02');
  await expect(readout).toContainText('t3.small: $19.47');
});

test('prices: an earlier date, its warnings, and the free-tier switches', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await expect(page.getByTestId('prices-as-of')).toContainText('Prices as of 2026-03-01');
  await page.getByLabel('Always-free tiers: AWS, Google Cloud and Azure').check();
  // 1 M requests and 100,000 GB-s are inside the free 1 M requests and 400,000 GB-s.
  await expect(app.row('lambda').locator('td.total')).toHaveText('$0.00');
  await expect(app.row('lambda-http').locator('td.total')).toHaveText('$1.00');
  await page.getByLabel('AWS API Gateway free tier (12 months, new accounts)').check();
  await expect(app.row('lambda-http').locator('td.total')).toHaveText('$0.00');

  await page.getByLabel('Price list date').selectOption('2019-12-03');
  await expect(page.getByTestId('prices-as-of')).toContainText('Prices as of 2019-12-03');
  await expect(page.getByTestId('newer-prices')).toContainText(
    'Priced as of 2019-12-03 · the latest prices (2026-03-01) would change',
  );
  await expect(page.getByText(/no prices on or before 2019-12-03/).first()).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation (${colorScheme}, explain open)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const app = new AppPage(page);
    await app.goto();
    await app.explain('Lambda');
    await page.getByTestId('breakeven-chart').locator('.recharts-line').first().waitFor();
    const results = await axeScan(page);
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
  });
}

test('the layout fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const app = new AppPage(page);
  await app.goto();
  // Measure the whole page, lazily loaded panels included (the right-sizing table and paste box are the widest).
  await expect(page.getByTestId('rs-recommendations')).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
});
