import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

// The default comparison is priced without a parse (src/report/trustedDefault.ts) and the on-demand
// code is fetched after the first figure: whenever the first edit comes, before or after that, it is
// validated — a value out of range shows the field's message and is never priced.

const LAMBDA_TOTAL = '$1.87';

async function badMemoryIsRefused(app: AppPage): Promise<void> {
  await app.field('Memory').fill('20000');
  await expect.poll(() => app.fieldError('Memory')).toContain('Lambda memory must be 128–10240 MB');
  await expect(app.page.getByTestId('stale-notice')).toBeVisible();
  // The figures are the last valid inputs', and not busy forever.
  await expect(app.row('lambda').locator('td.total')).toHaveText(LAMBDA_TOTAL);
  await expect(app.page.getByTestId('results')).not.toHaveAttribute('aria-busy', 'true');
  await app.field('Memory').fill('512');
  await expect(app.page.getByTestId('stale-notice')).toHaveCount(0);
  await expect(app.row('lambda').locator('td.total')).toHaveText(LAMBDA_TOTAL);
  expect(await app.fieldError('Memory')).toBe('');
}

test('the first edit, made as soon as the first figure shows, is validated', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await badMemoryIsRefused(app);
});

test('an edit after the on-demand code has been prefetched is validated', async ({ page }) => {
  // Up to 30 s for the idle-time prefetch, as offline.spec.ts allows, plus the edit itself.
  test.setTimeout(60_000);
  const app = new AppPage(page);
  await app.goto();
  await expect(page.locator('html[data-prefetched="done"]')).toHaveCount(1, { timeout: 30_000 });
  await badMemoryIsRefused(app);
});
