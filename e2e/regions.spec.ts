import type { Scenario } from '../src/scenario';
import { buildFragment } from '../src/share/fragment';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

// Azure Functions prices only eastus: westeurope stays unsourced whatever AWS regions are added.
const mixed = {
  schema: 4,
  region: 'us-east-1',
  workload: { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 },
  systems: [
    { id: 'fn', name: 'Lambda', kind: 'aws-lambda' },
    { id: 'az', name: 'Azure in West Europe', kind: 'azure-functions', region: 'westeurope' },
  ],
} as unknown as Scenario;

test('a system without a sourced price says so on its own row; the others still price', async ({ page }) => {
  await page.goto(`./#${buildFragment(mixed)}`);
  const app = new AppPage(page);
  await expect(app.row('fn').locator('td.total')).toHaveText('$1.87');
  const row = page.locator('[data-testid="unpriced-row"][data-system="az"]');
  await expect(row).toContainText('Not priced: no Azure Functions prices for region "westeurope"');
  await expect(page.getByTestId('stale-notice')).toHaveCount(0);
  await expect(page.getByTestId('header-region')).toHaveText(/AWS region us-east-1, prices as of \d{4}-\d\d-\d\d/);
  await expect(page.getByTestId('results-region')).toContainText('AWS region us-east-1');
});

test('switching the AWS region keeps every system on screen, priced or saying why not', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const systems = await app.resultRows.count();
  await page.getByLabel('AWS region').selectOption('eu-central-1');
  await expect(page.getByTestId('header-region')).toContainText('AWS region eu-central-1');
  await expect(page.getByTestId('results-region')).toContainText('AWS region eu-central-1');
  await expect(page.getByTestId('stale-notice')).toHaveCount(0);
  const unpriced = page.getByTestId('unpriced-row');
  await expect.poll(async () => (await app.resultRows.count()) + (await unpriced.count())).toBe(systems);
  for (const text of await unpriced.allInnerTexts()) expect(text).toMatch(/no sourced price for .+ in eu-central-1/);
  await expect(app.row('lambda').locator('td.total')).toHaveText(/^\$\d+\.\d\d$/);
});

test('the embed names the region and an unpriced system on its own row', async ({ page }) => {
  await page.goto(`./embed.html#${buildFragment(mixed)}&view=table`);
  await expect(page.getByTestId('embed-region')).toHaveText(/AWS region us-east-1, prices as of/);
  await expect(page.getByTestId('unpriced-row')).toContainText('Azure in West Europe');
  await expect(page.getByTestId('first-figure')).toHaveText('$1.87');
});

test('in eu-west-2 Lambda and Fargate price at its own rates; EC2 and API Gateway systems say why', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  const picker = page.getByLabel('AWS region');
  await expect(picker.locator('option[value="eu-west-2"]')).toHaveText(
    /^eu-west-2 \(\d+ of \d+ AWS services sourced\)$/,
  );
  await picker.selectOption('eu-west-2');
  await expect(page.getByTestId('header-region')).toContainText('AWS region eu-west-2');
  await expect(app.row('lambda').locator('td.total')).toHaveText(/^\$\d+\.\d\d$/);
  await expect(app.row('fargate').locator('td.total')).toHaveText(/^\$\d+\.\d\d$/);
  for (const [id, service] of [
    ['t3-small', 'Amazon EC2'],
    ['lambda-http', 'Amazon API Gateway'],
  ] as const)
    await expect(page.locator(`[data-testid="unpriced-row"][data-system="${id}"]`)).toContainText(
      `no sourced price for ${service} in eu-west-2`,
    );
  await expect(page.getByTestId('stale-notice')).toHaveCount(0);
});
