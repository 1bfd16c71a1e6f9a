import { DEFAULT_SCENARIO } from '../src/scenario';
import { expect, test } from './fixtures';
import { engineSays } from './expected';
import { AppPage } from './pages/AppPage';

// Inputs paint before the figures follow (the scenario is priced in a deferred render): however fast the
// inputs come, once the results stop being busy they are the figures of the last value, never an earlier one's.
// Each key is a re-pricing: on a loaded machine a burst takes a while.
test.beforeEach(() => test.setTimeout(90_000));

test('after a burst of slider keys the settled figures are the final memory’s', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const slider = app.slider('Memory');
  await slider.focus();
  // No waits between keys: they come faster than the page prices, so most values are skipped.
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  const memoryMb = DEFAULT_SCENARIO.workload.memoryMb + 9;
  await expect(slider).toHaveValue(String(memoryMb));
  await expect(app.field('Memory')).toHaveValue(String(memoryMb));
  await expect(page.getByTestId('results')).toHaveAttribute('aria-busy', 'false');
  const expected = engineSays((s) => ({ ...s, workload: { ...s.workload, memoryMb } }));
  expect(expected.totals).not.toEqual(engineSays().totals);
  expect(await app.totals()).toEqual(expected.totals);
  await expect(app.cheapest).toHaveText(expected.cheapest);
});

test('typing a number fast, the settled figures are the number typed', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  const requests = app.field('Requests per month');
  await requests.fill('');
  await requests.pressSequentially('2500000');
  await expect(requests).toHaveValue('2500000');
  await expect(page.getByTestId('results')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('results-traffic')).toHaveText('2,500,000');
  const expected = engineSays((s) => ({ ...s, workload: { ...s.workload, requestsPerMonth: 2_500_000 } }));
  expect(await app.totals()).toEqual(expected.totals);
  await expect(app.cheapest).toHaveText(expected.cheapest);
});
