import { axeScan, expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test('Cloudflare Workers, Azure Functions and Cloud Run join the comparison with their own totals', async ({
  page,
}) => {
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
  await expect(app.cheapest).toBeVisible();
  expect((await app.breakevenSentences()).length).toBeGreaterThan(0);
  await expect(app.page.getByTestId('breakeven').first()).toBeVisible();
});

test('a savings-plan discount shows as its own line on an EC2 system', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const card = app.systemCard('t3.small');
  await card.getByRole('button', { name: 'Settings' }).click();
  await card.getByLabel('Discount on compute').check();
  // The discount covers the instance ($15.18 → $12.60), not its public IPv4 ($3.65) or EBS volume ($0.64).
  await expect.poll(async () => (await app.totals())['t3.small']).toBe('$16.89');
});

test('the AWS region is a scenario input: Lambda prices change and back', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await page.getByLabel('AWS region').selectOption('eu-central-1');
  await expect(page.getByTestId('prices-as-of')).toContainText('eu-central-1');
  await expect.poll(async () => (await app.totals())['Lambda']).toMatch(/^\$\d+\.\d\d$/);
  await page.getByLabel('AWS region').selectOption('us-east-1');
  await expect.poll(async () => (await app.totals())['Lambda']).toBe('$1.87');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation with every kind's settings open (${colorScheme})`, async ({
    page,
  }) => {
    // Thirteen open editors and an axe scan of the whole page: on a loaded 2-core machine this takes well over 30 s.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const app = new AppPage(page);
    await app.goto();
    for (const kind of [
      'Cloudflare Workers',
      'Azure Functions',
      'Google Cloud Run',
      'Google Compute Engine VM',
      'Azure VM',
    ])
      await app.addSystem(kind);
    const closed = page.getByRole('button', { name: /^Settings of /, expanded: false });
    for (let i = 0; i < 12 && (await closed.count()) > 0; i++) await closed.first().click();
    await expect(closed).toHaveCount(0);
    await page.getByLabel('Discount on compute').first().check();
    await page.getByRole('heading', { name: 'Right-size memory' }).waitFor();
    const results = await axeScan(page);
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
  });
}
