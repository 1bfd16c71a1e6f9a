import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DEFAULT_SCENARIO } from '../src/scenario';
import { decodeScenario, encodeScenario } from '../src/share/codec';
import { SCENARIO_PARAM, parseFragment } from '../src/share/fragment';
import { expect, test } from './fixtures';

const REPORT_LINES = readFileSync(
  fileURLToPath(new URL('../src/cli/commands/fixtures/report-lines.txt', import.meta.url)),
  'utf8',
);
// anchors.md's README sizes and times, with a costs part of six Float32 1.0 values.
const POWER_TUNING =
  'https://lambda-power-tuning.show/#gAAAAQACAAQABsAL;ZooQR4yvkUa/pQRGRC5zRaADHUVjOftE;AACAPwAAgD8AAIA/AACAPwAAgD8AAIA/';

/** The right-sizing panel as a page model. */
function panel(page: Page) {
  const root = page.getByTestId('rightsize-panel');
  return {
    root,
    paste: root.getByLabel('Paste Lambda REPORT lines or a Power Tuning link'),
    status: root.getByTestId('rs-paste-status'),
    mode: root.getByTestId('rs-mode'),
    row: (key: 'cheapest' | 'fastest' | 'balanced' | 'withinLatency') => root.getByTestId(`rs-${key}`),
    charts: root.getByTestId('rs-charts'),
    /** The workload the app's systems share, as its address bar carries it (the share link follows every edit). */
    shared: async () => (await scenario(page))?.workload as Record<string, unknown> | undefined,
    /** One system as the address bar carries it; a right-sizing choice writes into the sized function's. */
    system: async (id: string) =>
      (await scenario(page))?.systems.find((s) => s.id === id) as Record<string, unknown> | undefined,
    /** The Lambda system the panel sizes (the scenario's first, "lambda", unless another is picked). */
    workload: async (id = 'lambda') =>
      ((await scenario(page))?.systems.find((s) => s.id === id) as { workload?: Record<string, unknown> } | undefined)
        ?.workload ?? {},
  };
}

async function scenario(page: Page) {
  const token = parseFragment(new URL(page.url()).hash).get(SCENARIO_PARAM);
  const decoded = token === undefined ? null : decodeScenario(token);
  return decoded?.ok ? decoded.scenario : null;
}

/** A system's monthly total as the results table shows it. */
const total = (page: Page, id: string) => page.locator(`tr[data-testid="result-row"][data-system="${id}"] td.total`);

// Each test applies choices, and every apply re-prices the page and the panel's sweep of ~300 sizes:
// on a loaded 2-core machine (load 19 measured) a test takes ~25 s, too close to the default 30 s.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Right-size memory' })).toBeVisible();
});

test('modelled: recommends sizes against the current one and applies a choice in one click', async ({ page }) => {
  const p = panel(page);
  await expect(p.mode).toContainText('Durations modelled');
  // No edit yet: the address bar carries no scenario, the page shows the default one.
  expect(await p.shared()).toBeUndefined();
  await expect(p.row('cheapest')).toContainText(
    /(cheaper|dearer|faster|slower).* than your current setting|the same cost and speed as your current setting/,
  );
  await expect(p.charts.locator('.recharts-wrapper')).toHaveCount(2);
  await expect(p.charts).toContainText('model estimate');
  await p.root.getByLabel('CPU-bound share', { exact: true }).fill('90');
  await p.root.getByLabel('Latency limit', { exact: true }).fill('150');
  await expect(p.row('withinLatency')).toContainText('MB');
  // The sweep runs in slices: read the choice once it is the one for these inputs.
  await expect(p.root).toHaveAttribute('aria-busy', 'false');
  const button = p.row('cheapest').getByRole('button').first();
  const label = (await button.innerText()).match(/Apply (\d+) MB (\w+)/);
  expect(label).not.toBeNull();
  await button.click();
  await expect.poll(() => p.workload()).toMatchObject({ memoryMb: Number(label![1]) });
  await expect.poll(() => p.system('lambda')).toMatchObject({ architecture: label![2] });
  expect(typeof (await p.workload()).durationMs).toBe('number');
  // The workload the other systems share is left as it was.
  expect(await p.shared()).toMatchObject(DEFAULT_SCENARIO.workload);
  await expect(p.root.getByRole('table').locator('caption')).toContainText(`Current: ${label![1]} MB ${label![2]}`);
});

test('REPORT lines: counts parsed and skipped lines, draws measured points, applies cold starts and the floor', async ({
  page,
}) => {
  const p = panel(page);
  await p.paste.fill(REPORT_LINES);
  await expect(p.status).toContainText('8 REPORT lines parsed, 1 skipped');
  await expect(p.status).toContainText('12.5% cold starts, INIT 420 ms');
  await expect(p.root.getByRole('list', { name: 'Skipped lines' })).toContainText('line 11: memorySizeMb');
  await expect(p.mode).toContainText('Durations measured');
  await expect(p.charts).toContainText('untested between measured sizes');
  await expect(p.charts.locator('.rs-measured-dot')).toHaveCount(2 * 3);
  await p.root.getByRole('button', { name: 'Use these cold starts, INIT time and max memory for Lambda' }).click();
  await expect
    .poll(() => p.workload())
    .toMatchObject({ memoryMb: 512, coldStartRate: 0.125, initDurationMs: 420, maxMemoryUsedMb: 116 });
  await p.row('cheapest').getByRole('button').first().click();
  await expect
    .poll(() => p.workload())
    .toMatchObject({ coldStartRate: 0.125, initDurationMs: 420, maxMemoryUsedMb: 116 });
  const w = await p.workload();
  expect([256, 512, 1024].some((m) => m <= (w.memoryMb as number))).toBe(true);
});

test('Power Tuning link: reads the sizes, re-prices them, and explains a broken link', async ({ page }) => {
  const p = panel(page);
  await p.paste.fill(POWER_TUNING);
  await expect(p.status).toContainText('Power Tuning link: 6 memory sizes read');
  await expect(p.mode).toContainText('Durations measured');
  await expect(p.row('fastest')).toContainText('3008 MB');
  await p.row('fastest').getByRole('button').first().click();
  await expect.poll(() => p.workload()).toMatchObject({ memoryMb: 3008 });
  await p.paste.fill('https://lambda-power-tuning.show/#gAAAAQACAAQABsAL;ZooQR4yvkUa');
  await expect(p.status).toContainText('Power Tuning link not read: link: expected 3 parts');
  await expect(p.root.getByTestId('rs-errors')).toContainText('Power Tuning link');
  await expect(p.mode).toContainText('Durations modelled');
});

test('a bad model input is named, not computed', async ({ page }) => {
  const p = panel(page);
  await p.root.getByLabel('Threads', { exact: true }).fill('0');
  await expect(p.root.getByTestId('rs-errors')).toContainText('Threads: must be a whole number from 1 to 64');
  await expect(p.root.getByTestId('rs-recommendations')).toHaveCount(0);
});

test('applies a choice to the Lambda system it sizes only: the Fargate bill stays; a picker chooses the function', async ({
  page,
}) => {
  // Busy enough that the Fargate fleet is sized from the request time (the shared duration).
  const busy = { ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: 300_000_000 } };
  // A fresh load of the link: a hash-only `goto` after `beforeEach`'s page is the same document, and the default
  // figures read before the link's pricing (between frames) lands would be the wrong baseline.
  await page.goto('about:blank');
  await page.goto(`./#s=${encodeScenario(busy)}`);
  await expect(page.getByTestId('results')).toHaveAttribute('aria-busy', 'false');
  const p = panel(page);
  await expect(p.root.getByTestId('rs-title')).toHaveText('Lambda memory of Lambda: what to pick');
  await expect(p.row('cheapest')).toContainText('MB');
  const shared = await p.shared();
  const fargate = (await total(page, 'fargate').innerText()).trim();
  const ec2 = (await total(page, 't3-small').innerText()).trim();
  const httpLambda = (await total(page, 'lambda-http').innerText()).trim();
  await p.row('cheapest').getByRole('button').first().click();
  await expect.poll(() => p.workload()).toHaveProperty('durationMs');
  expect(await p.shared()).toEqual(shared);
  await expect(total(page, 'fargate')).toHaveText(fargate);
  await expect(total(page, 't3-small')).toHaveText(ec2);
  await expect(total(page, 'lambda-http')).toHaveText(httpLambda);
  const sizedLambda = await p.workload();

  // The other Lambda system, picked by name: applying sizes it and leaves the first as applied.
  await p.root.getByLabel('Function to size').selectOption({ label: 'Lambda + HTTP API' });
  await expect(p.root.getByTestId('rs-title')).toHaveText('Lambda memory of Lambda + HTTP API: what to pick');
  await expect(p.root).toHaveAttribute('aria-busy', 'false');
  await p.row('fastest').getByRole('button').first().click();
  await expect.poll(() => p.workload('lambda-http')).toHaveProperty('memoryMb');
  expect(await p.workload()).toEqual(sizedLambda);
  expect(await p.shared()).toEqual(shared);
  await expect(total(page, 'fargate')).toHaveText(fargate);
});
