import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DEFAULT_SCENARIO, type Scenario } from '../src/scenario';
import { encodeScenario } from '../src/share/codec';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

/** Issue 16, as a new user meets it: a phone's first screen, a link to old prices, messages, summaries, shares. */

// Each test opens the whole page and re-prices several times: on a loaded 2-core machine that nears 30 s.
test.describe.configure({ timeout: 60_000 });

const REPORT_LINES = readFileSync(
  fileURLToPath(new URL('../src/cli/commands/fixtures/report-lines.txt', import.meta.url)),
  'utf8',
);

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Opens every closed disclosure on the page (settings, Explain, Components, <details>) until none is left. */
async function openEveryPanel(page: Page): Promise<void> {
  for (;;) {
    const closed = page.locator('button[aria-expanded="false"]:not([disabled]), details:not([open]) > summary');
    const n = await closed.count();
    if (n === 0) return;
    await closed.last().click();
  }
}

test('at 360 px nothing scrolls sideways with every panel open, templates and measurements included', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 800 });
  const app = new AppPage(page);
  await app.goto();
  const rightsize = page.getByTestId('rightsize-panel');
  await expect(rightsize.getByTestId('rs-recommendations')).toBeVisible({ timeout: 30_000 });
  await rightsize.getByLabel('Paste Lambda REPORT lines or a Power Tuning link').fill(REPORT_LINES);
  await expect(rightsize.getByTestId('rs-paste-status')).toContainText('REPORT lines parsed');
  await openEveryPanel(page);
  await expect(page.getByTestId('explain').first()).toBeVisible();
  await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0);

  // An architecture template: its editor (every component's settings), diagram and components.
  await page.getByTestId('template').first().click();
  await expect(page.getByTestId('architecture-card').first()).toBeVisible();
  await openEveryPanel(page);
  await expect(page.getByTestId('part-row').first()).toBeVisible();
  await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

test('at 390×844 the first screen shows the monthly totals and the cheapest, before the inputs', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const app = new AppPage(page);
  await app.goto();
  const first = page.getByTestId('first-figure');
  await expect(first).toHaveText(/^\$[\d,]+\.\d\d$/);
  const cheapest = page.locator('[data-testid="result-row"].cheapest');
  await expect(cheapest).toContainText('cheapest');
  for (const figure of [first, cheapest.locator('td.total')]) {
    const box = (await figure.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  }
  // In reading order too: the results come before the workload inputs.
  const resultsY = (await page.locator('#results-heading').boundingBox())!.y;
  const workloadY = (await page.getByRole('heading', { name: 'Workload' }).boundingBox())!.y;
  expect(resultsY).toBeLessThan(workloadY);
});

test('on a wide screen the inputs stay on the left and the monthly cost beside them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const app = new AppPage(page);
  await app.goto();
  const results = (await page.locator('#results-heading').boundingBox())!;
  const workload = (await page.getByRole('heading', { name: 'Workload' }).boundingBox())!;
  expect(workload.x).toBeLessThan(results.x);
  expect(Math.abs(workload.y - results.y)).toBeLessThan(40);
  // The rest of the results follow the monthly cost in its column, with no gap the inputs' height would open.
  const chart = (await page.getByRole('heading', { name: 'Breakevens', exact: true }).boundingBox())!;
  expect(chart.x).toBeCloseTo(results.x, 0);
});

test('a link to old prices says so on the first screen, what the latest would change, and switches', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const pinned: Scenario = { ...DEFAULT_SCENARIO, pricingDate: '2020-11-30' };
  await page.goto(`./#s=${encodeScenario(pinned)}`);
  const app = new AppPage(page);
  await app.resultRows.first().waitFor();
  const notice = page.getByTestId('newer-prices');
  // $15.98 then (gp2 root volume, addresses free); $19.47 now (gp3 and one public IPv4).
  await expect(notice).toContainText(
    'Priced as of 2020-11-30 · the latest prices (2026-03-01) would change t3.small to $19.47 (+21.8%)',
  );
  await expect(notice).toHaveCount(1);
  const box = (await notice.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  // One notice: under the results' header, not again in the Prices panel.
  await expect(page.getByRole('region', { name: 'Prices' }).getByTestId('newer-prices')).toHaveCount(0);
  await notice.getByRole('button', { name: 'Switch to prices as of 2026-03-01' }).click();
  await expect(notice).toHaveCount(0);
  await expect(app.row('t3-small').locator('td.total')).toHaveText('$19.47');
});

test.describe('messages match what is on screen', () => {
  test('an error describes what the box holds now, and the list names the field as labelled', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    const duration = app.field('Average duration');
    await duration.fill('-5');
    await expect.poll(() => app.fieldError('Average duration')).toBe('must be greater than 0');
    await duration.fill('abc');
    await expect.poll(() => app.fieldError('Average duration')).toBe('"abc" is not a number');
    const issues = page.getByTestId('issues');
    await expect(issues).toContainText('Workload › Average duration: "abc" is not a number');
    await expect(issues).not.toContainText('greater than 0');
    await expect(issues).not.toContainText('workload.durationMs');
    await expect(page.getByTestId('stale-notice')).toBeVisible();
    await duration.fill('200');
    await expect(issues).toHaveCount(0);
    await expect(page.getByTestId('stale-notice')).toHaveCount(0);
  });

  test('a field in % takes and reports values in %', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    await app.field('Cold-start rate').fill('150');
    await expect.poll(() => app.fieldError('Cold-start rate')).toBe('must be between 0 and 100%');
    await expect(page.getByTestId('issues')).toContainText('Workload › Cold-start rate: must be between 0 and 100%');
    await expect(page.getByTestId('issues')).not.toContainText(/between 0 and 1(?!0)/);
    await app.field('Cold-start rate').fill('50');
    await expect(page.getByTestId('issues')).toHaveCount(0);
  });

  test("a system's field is named by the system and its label, next to the box and in the list", async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    const card = app.systemCard('t3.small');
    await card.getByRole('button', { name: 'Settings of t3.small', exact: true }).click();
    await card.getByLabel('Fixed req/s per instance').check();
    const rps = card.getByRole('textbox', { name: 'Requests per second per instance', exact: true });
    await rps.fill('0');
    const issues = page.getByTestId('issues');
    await expect(issues).toContainText('t3.small › Requests per second per instance: must be');
    await expect(issues).not.toContainText('systems[');
    const message = (await issues.locator('li').first().innerText()).split(': ').slice(1).join(': ');
    // The same message sits under the box.
    const errorId = (await rps.getAttribute('aria-describedby'))!.split(' ')[0]!;
    await expect(page.locator(`[id="${errorId}"]`)).toHaveText(message);
  });

  test('the memory hint follows the pricing date', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    const memory = page.getByTestId('memory');
    await expect(memory).toContainText('128–10,240 MB');
    await page.getByLabel('Price list date').selectOption('2019-12-03');
    await expect(memory).toContainText('128–3,008 MB in 64 MB steps');
  });
});

test.describe('summaries show what the bill uses', () => {
  test("a Cloud Run component's settings show the memory it bills, not the workload's", async ({ page }) => {
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      workload: { ...DEFAULT_SCENARIO.workload, memoryMb: 512 },
      systems: [DEFAULT_SCENARIO.systems[0]!],
      architectures: [
        { id: 'run', name: 'Run', components: [{ id: 'svc', name: 'Service', kind: 'gcp-cloud-run', memoryMb: 2048 }] },
      ],
    };
    await page.goto(`./#s=${encodeScenario(scenario)}`);
    const app = new AppPage(page);
    await app.resultRows.first().waitFor();
    const explain = await app.explain('Run');
    await expect(explain).toContainText('× 2 GiB');
    const component = page.getByRole('listitem', { name: 'Service', exact: true });
    await component.getByRole('button', { name: 'Settings of Service', exact: true }).click();
    await component.getByRole('button', { name: 'Google Cloud Run settings of Service', exact: true }).click();
    await expect(component.getByRole('textbox', { name: 'Memory per instance', exact: true })).toHaveValue('2');
  });

  test('each free-tier switch says which providers it covers', async ({ page }) => {
    const app = new AppPage(page);
    await app.goto();
    await expect(page.getByLabel('Always-free tiers: AWS, Google Cloud and Azure')).toBeVisible();
    await expect(page.getByLabel('AWS API Gateway free tier (12 months, new accounts)')).toBeVisible();
  });
});

test('shares are of the charges: none over 100% or negative, a discount its own line, every source dated', async ({
  page,
}) => {
  const scenario: Scenario = {
    ...DEFAULT_SCENARIO,
    systems: [{ ...DEFAULT_SCENARIO.systems[0]!, discount: { kind: 'negotiated', percent: 90 } }],
  };
  await page.goto(`./#s=${encodeScenario(scenario)}`);
  const app = new AppPage(page);
  await app.resultRows.first().waitFor();
  const explain = await app.explain('Lambda');
  await expect(explain.getByTestId('gross-bill')).toContainText('less credits and discounts');
  const shares = await explain.locator('.line-item__share').allInnerTexts();
  expect(shares).toContain('credit');
  const percents = shares.flatMap((s) => (/^(<?)(\d+)%/.exec(s) ? [Number(/(\d+)%/.exec(s)![1])] : []));
  expect(percents.length).toBeGreaterThan(0);
  for (const p of percents) expect(p).toBeLessThanOrEqual(100);
  expect(shares.some((s) => s.includes('−') || s.includes('-'))).toBe(false);
  // The largest line's share in the row, too.
  await expect(app.row('lambda').locator('td').nth(2)).not.toContainText(/\d{3,}%/);
  const rates = (await explain.locator('.line-item__rate').allInnerTexts()).join('\n');
  expect(rates).not.toMatch(/retrieved\s*(\)|,|$)/m);
  expect(rates).not.toContain('()');
});
