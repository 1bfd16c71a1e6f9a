import type { Page } from '@playwright/test';
import { centsString } from '../src/engine';
import { priceScenario } from '../src/report';
import { type Scenario, DEFAULT_SCENARIO } from '../src/scenario';
import { decodeScenario } from '../src/share/codec';
import { SCENARIO_PARAM, parseFragment } from '../src/share/fragment';
import { createAppStore } from '../src/state';
import { testCatalog } from '../src/testing/catalog';
import { newComponent } from '../src/ui/architectures/palette';
import { axeScan, expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

const usdFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/**
 * The store the page runs, from the scenario a template started (as the page's address carries it),
 * driven in the test process by the same actions the buttons call; and what the engine says about
 * its scenario: each architecture's total and each component's, by id.
 */
function engine(start: Scenario, edit: (s: ReturnType<typeof createAppStore>) => void = () => {}) {
  const store = createAppStore({ scenario: start });
  edit(store);
  const scenario = store.getState().scenario;
  const res = priceScenario(testCatalog(), scenario);
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  const money = (d: Parameters<typeof centsString>[0]) => usdFormat.format(Number(centsString(d)));
  const totals = Object.fromEntries(res.analysis.estimates.map((e) => [e.id, money(e.monthlyUsd)]));
  const parts = Object.fromEntries(
    res.analysis.estimates.map((e) => [
      e.id,
      Object.fromEntries((e.parts ?? []).map((p) => [p.id, money(p.monthlyUsd)])),
    ]),
  );
  return { scenario, totals, parts };
}

/** The architectures' ids and totals as the results table shows them. */
async function shownTotals(page: Page, ids: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of ids)
    out[id] = (await page.locator(`[data-testid="result-row"][data-system="${id}"] td.total`).innerText()).trim();
  return out;
}

/** The scenario the page's address carries (null before the first write). */
function scenarioInLink(url: string): Scenario | null {
  const token = parseFragment(new URL(url).hash).get(SCENARIO_PARAM);
  const decoded = token === undefined ? null : decodeScenario(token);
  return decoded?.ok ? decoded.scenario : null;
}

/** Opens the page, clicks the first template, and returns the scenario it started (read from the address). */
async function startFromTemplate(page: Page): Promise<Scenario> {
  const app = new AppPage(page);
  await app.goto();
  await page.getByTestId('template').first().click();
  await expect.poll(() => scenarioInLink(page.url())?.architectures?.length ?? 0).toBeGreaterThanOrEqual(2);
  const start = scenarioInLink(page.url())!;
  // The template replaced the page's systems; its workload and architectures are the template's.
  expect(start.systems).toEqual([]);
  await expect(page.getByTestId('architecture-card')).toHaveCount(start.architectures!.length);
  return start;
}

test('a template prices both architectures and every component as the engine does', async ({ page }) => {
  const expected = engine(await startFromTemplate(page));
  const ids = Object.keys(expected.totals);
  expect(ids.length).toBeGreaterThanOrEqual(2);
  await expect.poll(() => shownTotals(page, ids)).toEqual(expected.totals);
  // Each card's total, and the results' components of each architecture with their own cost.
  for (const a of expected.scenario.architectures!) {
    const card = page.getByRole('listitem', { name: a.name ?? a.id, exact: true });
    await expect(card.getByTestId('architecture-total')).toHaveText(expected.totals[a.id]!);
    await page.getByRole('button', { name: `Components of ${a.name ?? a.id}`, exact: true }).click();
    for (const c of a.components)
      await expect(
        page.locator(`[data-testid="part-row"][data-system="${a.id}"][data-part="${c.id}"] .part-total`),
      ).toHaveText(expected.parts[a.id]![c.id]!);
  }
  // Explain shows an architecture's lines by component.
  const first = expected.scenario.architectures![0]!;
  await page.getByRole('button', { name: `Explain ${first.name ?? first.id}`, exact: true }).click();
  await expect(page.getByTestId('explain-part')).toHaveCount(first.components.length);
});

test('adding and wiring components re-prices: SQS → Lambda derives invocations from the batch size', async ({
  page,
}) => {
  const start = await startFromTemplate(page);
  const arch = start.architectures![0]!;
  const card = page.getByRole('listitem', { name: arch.name ?? arch.id, exact: true });
  const total = card.getByTestId('architecture-total');

  // A queue after the last component: one message per entry request.
  await card.getByLabel('Component to add').selectOption({ label: 'Amazon SQS queue' });
  await card.getByRole('button', { name: `Add component to ${arch.name ?? arch.id}` }).click();
  const withQueue = engine(start, (s) => s.getState().addComponent(0, newComponent('aws-sqs')));
  await expect(total).toHaveText(withQueue.totals[arch.id]!);
  expect(withQueue.totals[arch.id]).not.toBe(engine(start).totals[arch.id]);

  // A function after the queue, invoked per batch of 10 messages.
  await card.getByLabel('Component to add').selectOption({ label: 'AWS Lambda' });
  await card.getByRole('button', { name: `Add component to ${arch.name ?? arch.id}` }).click();
  const fn = withQueue.scenario.architectures![0]!.components.length;
  const added = engine(start, (s) => {
    s.getState().addComponent(0, newComponent('aws-sqs'));
    s.getState().addComponent(0, newComponent('aws-lambda'));
  });
  const worker = added.scenario.architectures![0]!.components[fn]!;
  expect(worker.triggeredBy).toBe('queue');
  const row = card.getByRole('listitem', { name: worker.name!, exact: true });
  await row.getByRole('button', { name: `Settings of ${worker.name}` }).click();
  await row.getByLabel('Batch size').fill('10');
  const batched = engine(start, (s) => {
    s.getState().addComponent(0, newComponent('aws-sqs'));
    s.getState().addComponent(0, newComponent('aws-lambda'));
    s.getState().updateComponent(0, fn, { ...worker, batchSize: 10 });
  });
  await expect(
    row.getByText('1 per entry request from queue ÷ batch size 10 = 0.1 invocations per entry request'),
  ).toBeVisible();
  await expect(total).toHaveText(batched.totals[arch.id]!);

  // An invalid batch size is named next to its field; the last figures stay.
  await row.getByLabel('Batch size').fill('0');
  await expect(page.getByTestId('stale-notice')).toBeVisible();
  await expect(row.locator('.field--invalid').getByText(/>=\s*1|at least 1/)).toBeVisible();
  // The list names it as the page labels it: architecture › component › field.
  await expect(page.getByTestId('issues')).toContainText(`${arch.name ?? arch.id} › ${worker.name} › Batch size: `);
  await expect(total).toHaveText(batched.totals[arch.id]!);
  await row.getByLabel('Batch size').fill('10');
  await expect(page.getByTestId('stale-notice')).toBeHidden();

  // The address carries the scenario: a reload shows the same figures.
  await expect.poll(() => scenarioInLink(page.url())?.architectures?.[0]?.components[fn]?.['batchSize']).toBe(10);
  const ids = Object.keys(batched.totals);
  const before = await shownTotals(page, ids);
  expect(before).toEqual(batched.totals);
  await page.reload();
  await page.getByTestId('architecture-card').first().waitFor();
  await expect.poll(() => shownTotals(page, ids)).toEqual(before);
});

test('the architectures editor passes axe and fits a phone screen', async ({ page }) => {
  const arch = (await startFromTemplate(page)).architectures![0]!;
  const c = arch.components[0]!;
  await page.getByRole('button', { name: `Settings of ${c.name ?? c.id}`, exact: true }).click();
  await page.getByRole('button', { name: `Components of ${arch.name ?? arch.id}`, exact: true }).click();
  const results = await axeScan(page);
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);
});

test('the default page, without architectures, still prices its systems', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await expect(page.getByTestId('architecture-card')).toHaveCount(0);
  expect(DEFAULT_SCENARIO.architectures).toBeUndefined();
});
