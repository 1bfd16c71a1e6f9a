import { axeScan, expect, test } from './fixtures';
import { engineSays } from './expected';
import { AppPage } from './pages/AppPage';

const BRIEF_TOTALS = {
  Lambda: '$1.87',
  'Lambda + HTTP API': '$2.87',
  't3.small': '$19.47',
  't3.small (min 2) + ALB': '$55.46',
  'Fargate 0.5 vCPU / 1 GB': '$21.67',
};

test('the default scenario shows the brief’s known totals, Lambda marked cheapest', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  expect(await app.totals()).toEqual(BRIEF_TOTALS);
  await expect(app.row('lambda')).toContainText('cheapest');
  await expect(app.row('t3-small')).not.toContainText('cheapest');
  await expect(page.getByTestId('results-traffic')).toHaveText('1,000,000');
});

test('the breakeven sentences match the engine, where the traffic-sized fleets step', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const sentences = await app.breakevenSentences();
  expect(sentences).toContain(
    'Fargate 0.5 vCPU / 1 GB costs more than t3.small (min 2) + ALB above 9,198,000 requests/month (where a fleet adds an instance)',
  );
  expect(sentences).toEqual(engineSays().sentences);
  await expect(page.getByTestId('breakeven').filter({ hasText: '9,198,000' })).toContainText('9.2M');
});

test('the cheapest system at every traffic is the first thing the breakeven panel says', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await expect(app.cheapest).toBeVisible();
  await expect(app.cheapest).toHaveText(engineSays().cheapest);
  await expect(app.cheapest).toContainText('Lambda is cheapest at every traffic');
  // The pairwise crossings wait behind their disclosure.
  await expect(page.getByTestId('breakeven').first()).toBeHidden();
  // Each crossing mark on the chart carries its sentence as its tooltip.
  await page.getByTestId('crossing-mark').first().waitFor();
  const titles = await page.getByTestId('crossing-mark').locator('title').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const t of titles) expect(engineSays().sentences.map((x) => `${x}.`)).toContain(t);
  await app.field('Memory').fill('1024');
  await expect(app.cheapest).toHaveText(
    engineSays((s) => ({ ...s, workload: { ...s.workload, memoryMb: 1024 } })).cheapest,
  );
});

test('at 951 req/s the default servers are fleets of hundreds, and Explain says which capacity was assumed', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  await page.getByLabel('Traffic given per').selectOption('second');
  await app.field('Requests per second').fill('951.294');
  const expected = engineSays((s) => ({ ...s, workload: { ...s.workload, requestsPerMonth: 2_500_000_000 } }));
  await expect(app.row('t3-small').locator('td.total')).toHaveText(expected.totals['t3.small']!);
  expect(expected.totals['t3.small']).toBe('$9,269.62');
  const explain = await app.explain('t3.small');
  await expect(explain).toContainText('476 instances');
  await expect(explain).toContainText('t3.small: 2 vCPU × 20% baseline ÷ 200 ms CPU = 2 req/s per instance');
});

test('changing memory updates the table, the breakevens and the chart', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const before = await app.chartPaths();
  await app.field('Memory').fill('1024');
  const expected = engineSays((s) => ({ ...s, workload: { ...s.workload, memoryMb: 1024 } }));
  await expect(app.row('lambda').locator('td.total')).toHaveText('$3.53');
  expect(await app.totals()).toEqual(expected.totals);
  await expect.poll(() => app.breakevenSentences()).toEqual(expected.sentences);
  await expect.poll(async () => (await app.chartPaths())[0]).not.toBe(before[0]);
  // Servers do not depend on function memory: their lines stay where they were.
  expect((await app.chartPaths())[2]).toBe(before[2]);
});

test('the memory slider works from the keyboard', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.slider('Memory').focus();
  await page.keyboard.press('ArrowRight');
  await expect(app.field('Memory')).toHaveValue('513');
});

test('systems can be added, duplicated, renamed and removed', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.addSystem('Amazon EC2');
  await expect(app.resultRows).toHaveCount(6);
  await expect(app.row('ec2').locator('td.total')).toHaveText('$19.47');

  await app.duplicate('Lambda');
  await expect(app.resultRows).toHaveCount(7);
  await expect(app.row('lambda-2')).toContainText('Lambda (copy)');
  await expect(app.row('lambda-2').locator('td.total')).toHaveText('$1.87');

  await app.systemCard('Lambda (copy)').getByLabel('Name').fill('Lambda on arm64');
  await page.getByRole('button', { name: 'Settings of Lambda on arm64' }).click();
  await app.systemCard('Lambda on arm64').getByLabel('Architecture').selectOption('arm64');
  await expect(app.row('lambda-2')).toContainText('Lambda on arm64');
  // arm64: 100,000 GB-s × $0.0000133334 = $1.33 + $0.20 requests.
  await expect(app.row('lambda-2').locator('td.total')).toHaveText('$1.53');
  await expect(app.row('lambda-2')).toContainText('cheapest');

  await app.remove('t3.small');
  await expect(app.row('t3-small')).toHaveCount(0);
  await expect(app.resultRows).toHaveCount(6);
  expect((await app.breakevenSentences()).some((s) => s.includes('than t3.small above'))).toBe(false);
});

test('an invalid typed value shows its reason inline and keeps the last result', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.field('Memory').fill('lots');
  expect(await app.fieldError('Memory')).toBe('"lots" is not a number');
  expect(await app.totals()).toEqual(BRIEF_TOTALS);

  await app.field('Memory').fill('20000');
  await expect(page.getByTestId('stale-notice')).toBeVisible();
  await expect.poll(() => app.fieldError('Memory')).toContain('Lambda memory must be 128–10240 MB');
  await expect(page.getByTestId('issues')).toContainText('Workload › Memory: Lambda memory must be');
  expect(await app.totals()).toEqual(BRIEF_TOTALS);
  const axe = await axeScan(page);
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await app.field('Average duration').fill('-5');
  await expect.poll(() => app.fieldError('Average duration')).toBe('must be greater than 0');

  await app.field('Average duration').fill('200');
  await app.field('Memory').fill('512');
  await expect(page.getByTestId('stale-notice')).toHaveCount(0);
  await expect(page.getByTestId('issues')).toHaveCount(0);
  expect(await app.fieldError('Memory')).toBe('');
});

test('requests can be typed per second, with the monthly conversion shown', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await page.getByLabel('Traffic given per').selectOption('second');
  await expect(app.field('Requests per second')).toHaveValue('0.380517503805');
  await app.field('Requests per second').fill('10');
  // 10/s over the 730-hour month.
  await expect(page.getByTestId('results-traffic')).toHaveText('26,280,000');
  await expect(page.getByTestId('requests')).toContainText('= 26,280,000 requests/month');
});

test('once loaded, the page works offline: settings, chart, share and right-sizing need no network', async ({
  page,
  context,
}) => {
  const app = new AppPage(page);
  await app.goto();
  await expect(page.getByTestId('breakeven-chart').locator('.recharts-line path').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Right-size memory' })).toBeVisible();
  // The editors load on demand, prefetched one per idle period after the first figure: wait for that
  // state, not for a quiet network (which a gap between two idle prefetches also looks like).
  await expect(page.locator('html[data-prefetched="done"]')).toHaveCount(1, { timeout: 30_000 });
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Settings of t3.small', exact: true }).click();
  await expect(app.systemCard('t3.small').getByLabel('Application Load Balancer')).toBeVisible();
  await app.field('Memory').fill('1024');
  await app.field('Memory').press('Tab');
  await expect(app.row('lambda').locator('td.total')).toHaveText('$3.53');
  await context.setOffline(false);
});
