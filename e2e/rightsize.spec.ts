import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { decodeScenario } from '../src/share/codec';
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
    /** The app's workload as its address bar carries it (the share link follows every edit). */
    workload: async () => {
      const token = parseFragment(new URL(page.url()).hash).get(SCENARIO_PARAM);
      const decoded = token === undefined ? null : decodeScenario(token);
      return (decoded?.ok ? decoded.scenario.workload : {}) as Record<string, unknown>;
    },
  };
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Right-size memory' })).toBeVisible();
});

test('modelled: recommends sizes against the current one and applies a choice in one click', async ({ page }) => {
  const p = panel(page);
  await expect(p.mode).toContainText('Durations modelled');
  await expect(p.row('cheapest')).toContainText(/(cheaper|dearer|same cost) \/ .* than your current setting/);
  await expect(p.charts.locator('.recharts-wrapper')).toHaveCount(2);
  await expect(p.charts).toContainText('model estimate');
  await p.root.getByLabel('CPU-bound share', { exact: true }).fill('90');
  await p.root.getByLabel('Latency limit', { exact: true }).fill('150');
  await expect(p.row('withinLatency')).toContainText('MB');
  const button = p.row('cheapest').getByRole('button').first();
  const label = (await button.innerText()).match(/Apply (\d+) MB (\w+)/);
  expect(label).not.toBeNull();
  await button.click();
  await expect.poll(p.workload).toMatchObject({ memoryMb: Number(label![1]), architecture: label![2] });
  expect(typeof (await p.workload()).durationMs).toBe('number');
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
  await p.root.getByRole('button', { name: 'Use these cold starts, INIT time and max memory in the scenario' }).click();
  await expect
    .poll(p.workload)
    .toMatchObject({ memoryMb: 512, coldStartRate: 0.125, initDurationMs: 420, maxMemoryUsedMb: 116 });
  await p.row('cheapest').getByRole('button').first().click();
  await expect.poll(p.workload).toMatchObject({ coldStartRate: 0.125, initDurationMs: 420, maxMemoryUsedMb: 116 });
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
  await expect.poll(p.workload).toMatchObject({ memoryMb: 3008 });
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
