import { DEFAULT_SCENARIO } from '../src/scenario';
import { decodeScenario, encodeScenario } from '../src/share/codec';
import { SCENARIO_PARAM, parseFragment } from '../src/share/fragment';
import { expect, test } from './fixtures';

/** The workload memory the page's address currently carries (undefined before the first write). */
function memoryInLink(url: string): number | undefined {
  const token = parseFragment(new URL(url).hash).get(SCENARIO_PARAM);
  const decoded = token === undefined ? null : decodeScenario(token);
  return decoded?.ok ? decoded.scenario.workload.memoryMb : undefined;
}
import { AppPage } from './pages/AppPage';

test('edits follow into the address bar without flooding history, and a reload reproduces the figures', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  const historyBefore = await page.evaluate(() => history.length);
  const memory = app.field('Memory');
  for (const mb of ['640', '768', '896', '1024']) {
    await memory.fill(mb);
    await memory.press('Tab');
  }
  // The address bar is written at most every 400 ms: wait for the last edit to land before reloading.
  await expect.poll(async () => memoryInLink(page.url())).toBe(1024);
  const totals = await app.totals();
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  await page.reload();
  await app.resultRows.first().waitFor();
  await expect(app.field('Memory')).toHaveValue('1024');
  expect(await app.totals()).toEqual(totals);
});

test('a shared link opens with its pinned prices, and says what the latest prices would change', async ({ page }) => {
  const pinned = { ...DEFAULT_SCENARIO, pricingDate: '2020-11-30' };
  await page.goto(`./#s=${encodeScenario(pinned)}`);
  const app = new AppPage(page);
  await app.resultRows.first().waitFor();
  // 100 ms rounding in 2020: 200 ms bills the same, so Lambda stays $1.87, and a notice offers newer prices.
  expect((await app.totals())['Lambda']).toBe('$1.87');
  const share = page.locator('.sbe-share');
  await expect(share).toContainText('2020-11-30');
  await expect(page.getByRole('button', { name: /switch/i }).first()).toBeVisible();
});

test('a tampered link shows a notice naming the problem and loads the defaults', async ({ page }) => {
  await page.goto('./#s=v2.not-really-a-scenario');
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('This link could not be opened');
  const app = new AppPage(page);
  expect((await app.totals())['t3.small']).toBe('$19.47');
});

test('copy link writes a link that reopens the same comparison', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new AppPage(page);
  await app.goto();
  await app.field('Memory').fill('2048');
  await app.field('Memory').press('Tab');
  const totals = await app.totals();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#s=v\d+\./);
  const other = await context.newPage();
  await other.goto(link);
  const again = new AppPage(other);
  await again.resultRows.first().waitFor();
  expect(await again.totals()).toEqual(totals);
});

test('a link pasted into the address bar later replaces the comparison', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const other = { ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: 5_000_000 } };
  await page.evaluate((hash) => (window.location.hash = hash), `s=${encodeScenario(other)}`);
  await expect.poll(async () => (await app.totals())['Lambda']).toBe('$9.33');
});
