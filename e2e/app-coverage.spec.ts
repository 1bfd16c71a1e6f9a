import { axeScan, expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

// Each test loads the whole app and reprices after every edit: on a loaded 2-core machine that takes well over 30 s.
test.describe.configure({ timeout: 120_000 });

test('DigitalOcean Functions joins the comparison from the add-system menu with its own total', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.addSystem('DigitalOcean Functions');
  // 1 M requests × 0.5 GiB × 0.2 s = 100,000 GiB-s × $0.0000185 (no free tier) = $1.85.
  await expect.poll(async () => (await app.totals())['DigitalOcean Functions']).toBe('$1.85');
  await app.page.getByRole('button', { name: 'Explain DigitalOcean Functions', exact: true }).click();
  await expect(app.page.getByText(/100,000 GiB-s × \$0\.0000185\/GiB-s = \$1\.85/)).toBeVisible();
});

test('a Fargate task switched to Windows is refused at 0.5 vCPU, then priced with its OS licence', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const name = 'Fargate 0.5 vCPU / 1 GB';
  const card = app.systemCard(name);
  await card.getByRole('button', { name: 'Settings' }).click();
  await card.getByLabel('Operating system').selectOption('windows');
  await expect(card.getByText('Windows on Fargate takes 1, 2 or 4 vCPU')).toBeVisible();
  await card.getByLabel('Task vCPU').selectOption('1');
  await card.getByLabel('Task memory', { exact: true }).fill('2');
  // One task all month: vCPU $66.80 + OS licence $33.58 + memory $14.60 + public IPv4 $3.65.
  await expect.poll(async () => (await app.totals())[name]).toBe('$118.63');
});

test('Cloud Functions (1st gen) joins from the add-system menu and prices', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.addSystem('Google Cloud Functions (1st gen)');
  // 1 M × $0.0000004 + 1 M × 0.2 s × 0.5 GB × $0.0000025 + 1 M × 0.2 s × 0.8 GHz × $0.00001 = $0.40 + $0.25 + $1.60.
  await expect.poll(async () => (await app.totals())['Cloud Functions (1st gen)']).toBe('$2.25');
});

test('Lambda@Edge joins from the add-system menu, and CloudFront Functions bill per invocation only', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  await app.addSystem('Lambda@Edge / CloudFront Functions');
  // 1 M × $0.0000006 + 1 M × 0.2 s × 0.5 GB × $0.00005001 = $0.60 + $5.00.
  await expect.poll(async () => (await app.totals())['Lambda@Edge']).toBe('$5.60');
  const card = app.systemCard('Lambda@Edge');
  await card.getByRole('button', { name: 'Settings' }).click();
  await card.getByLabel('Edge runtime').selectOption('cloudfront-functions');
  await expect.poll(async () => (await app.totals())['Lambda@Edge']).toBe('$0.10');
});

test('axe finds no serious or critical violation with the new kinds’ settings open', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  for (const kind of [
    'DigitalOcean Functions',
    'Google Cloud Functions (1st gen)',
    'Lambda@Edge / CloudFront Functions',
  ])
    await app.addSystem(kind);
  for (const name of ['DigitalOcean Functions', 'Cloud Functions (1st gen)', 'Lambda@Edge', 'Fargate 0.5 vCPU / 1 GB'])
    await app.systemCard(name).getByRole('button', { name: 'Settings' }).click();
  await expect(app.page.getByLabel('Edge runtime')).toBeVisible();
  await expect(app.page.getByLabel('Google Cloud region')).toBeVisible();
  await expect(app.page.getByLabel('Operating system')).toBeVisible();
  const results = await axeScan(page);
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
});
