import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test('Cloudflare Workers, Azure Functions and Cloud Run join the comparison with their own totals', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.addSystem('Cloudflare Workers');
  await app.addSystem('Azure Functions');
  await app.addSystem('Google Cloud Run');
  const totals = await app.totals();
  // 1 M requests of 200 ms CPU: inside Workers' included 10 M requests but over its 30 M CPU-ms.
  expect(totals['Cloudflare Workers']).toBe('$8.40');
  expect(totals['Azure Functions']).toMatch(/^\$\d+\.\d\d$/);
  expect(totals['Cloud Run']).toMatch(/^\$\d+\.\d\d$/);
  await expect(app.page.getByTestId('breakeven').first()).toBeVisible();
});

test('a savings-plan discount shows as its own line on an EC2 system', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const card = app.systemCard('t3.small');
  await card.getByRole('button', { name: 'Settings' }).click();
  await card.getByLabel('Discount on compute').check();
  await expect.poll(async () => (await app.totals())['t3.small']).toBe('$12.60');
});
