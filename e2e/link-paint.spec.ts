import { DEFAULT_SCENARIO, type Scenario } from '../src/scenario';
import { buildFragment } from '../src/share/fragment';
import type { Page } from '@playwright/test';
import { engineSays } from './expected';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

/** A shared link whose totals all differ from the default comparison's (ten times the traffic). */
const linked: Scenario = {
  ...DEFAULT_SCENARIO,
  workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: DEFAULT_SCENARIO.workload.requestsPerMonth * 10 },
};

type Seen = {
  /** The first `first-figure` Element Timing entry: its text, and whether the static link paint drew it. */
  firstFigure: { text: string; staticPaint: boolean } | null;
  /** Every total of the static paint, by system name, as it was inserted (before the app replaced it). */
  staticTotals: Record<string, string> | null;
};

/** Records, from before the page's scripts run, the first painted figure and the static paint's totals. */
async function watch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __seen: Seen };
    w.__seen = { firstFigure: null, staticTotals: null };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; element: Element | null })[]) {
        if (e.identifier !== 'first-figure' || w.__seen.firstFigure !== null) continue;
        w.__seen.firstFigure = {
          text: e.element?.textContent?.trim() ?? '',
          staticPaint: e.element?.closest('[data-link-paint]') != null,
        };
      }
    }).observe({ type: 'element', buffered: true });
    new MutationObserver(() => {
      if (w.__seen.staticTotals !== null) return;
      const rows = document.querySelectorAll('[data-link-paint] [data-link-paint-testid="result-row"]');
      if (rows.length === 0) return;
      w.__seen.staticTotals = Object.fromEntries(
        [...rows].map((tr) => [
          tr.querySelector('th')?.firstChild?.textContent?.trim() ?? '',
          tr.querySelector('td.total')?.textContent?.trim() ?? '',
        ]),
      );
    }).observe(document, { childList: true, subtree: true });
  });
}

const seenOn = async (page: Page) => (await page.evaluate('window.__seen')) as Seen;

test('a shared link’s first painted figure is the engine’s, and the app takes it over with the same figures', async ({
  page,
}) => {
  // The whole app loads behind the static paint: on a loaded 2-core machine more than the default 30 s.
  test.slow();
  const own = engineSays(() => linked).totals;
  await watch(page);
  await page.goto(`./#${buildFragment(linked)}`);
  const app = new AppPage(page);
  await expect(app.row('lambda').locator('td.total')).toHaveText(own['Lambda']!);
  // The app has committed: the static copy is gone, and every total it shows is the engine's.
  await expect(page.locator('[data-link-paint]')).toHaveCount(0);
  await expect.poll(() => app.totals()).toEqual(own);
  // Before it, the static paint showed the same totals, and the first figure painted was its first total.
  await expect.poll(async () => (await seenOn(page)).firstFigure).not.toBeNull();
  const seen = await seenOn(page);
  expect(seen.staticTotals).toEqual(own);
  expect(seen.firstFigure).toEqual({ text: Object.values(own)[0], staticPaint: true });
});

test('a bad link paints nothing before the app, which names the problem as before', async ({ page }) => {
  test.slow();
  await watch(page);
  await page.goto('./#s=v2.not-really-a-scenario');
  await expect(page.getByTestId('link-notice')).toContainText('This link could not be opened');
  await expect(new AppPage(page).row('t3-small').locator('td.total')).toHaveText('$19.47');
  const seen = await seenOn(page);
  expect(seen.staticTotals).toBeNull();
  expect(seen.firstFigure?.staticPaint ?? false).toBe(false);
});
