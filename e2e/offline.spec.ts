import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

// The on-demand code (editors, architecture diagrams, right-sizing, exports) is prefetched after the
// first figure: once the page has loaded, each works with the network gone.
test('after the page has loaded, editors, diagrams, right-sizing and exports work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  const app = new AppPage(page);
  await app.goto();
  // Once the prefetch has run (the page marks it on <html>), the network goes.
  await expect(page.locator('html[data-prefetched="done"]')).toHaveCount(1, { timeout: 30_000 });
  await context.setOffline(true);

  // A kind's editor: open Lambda's settings and change a field; the figures follow.
  await page.getByRole('button', { name: 'Settings of Lambda', exact: true }).click();
  const lambda = app.systemCard('Lambda');
  await lambda.getByLabel('Provisioned concurrency', { exact: true }).check();
  await expect(lambda.getByLabel('Concurrency', { exact: true })).toHaveValue('1');

  // Right-sizing: the panel recommends sizes and draws its charts.
  const rightsize = page.getByTestId('rightsize-panel');
  await expect(rightsize.getByTestId('rs-cheapest')).toContainText('MB');
  await expect(rightsize.getByTestId('rs-charts').locator('.recharts-wrapper')).toHaveCount(2);

  // An export: the Markdown download carries the figures on screen.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Download' }).getByRole('button', { name: 'Markdown', exact: true }).click(),
  ]);
  const markdown = readFileSync(await (file as Download).path(), 'utf8');
  expect(markdown).toContain('Lambda');

  // A template: the architecture editor and the diagrams (not on screen before) load from the prefetch.
  await page.getByTestId('template').first().click();
  await expect(page.getByTestId('architecture-card').first()).toBeVisible();
  await expect(page.getByTestId('architecture-diagram').first()).toBeVisible();
  await expect(page.getByTestId('diagrams-section')).not.toContainText(/could not|failed/i);
});
