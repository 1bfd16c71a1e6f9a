import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { decodeScenario } from '../src/share/codec';
import { SCENARIO_PARAM, buildFragment, parseFragment } from '../src/share/fragment';
import type { Scenario } from '../src/scenario';
import { expect, test } from './fixtures';

/** The HTTP API template: an API in front of one Lambda component, or a Fargate service. */
const HTTP_API = JSON.parse(
  readFileSync(fileURLToPath(new URL('../examples/architectures/http-api.json', import.meta.url)), 'utf8'),
) as Scenario;

const REPORT_LINES = readFileSync(
  fileURLToPath(new URL('../src/cli/commands/fixtures/report-lines.txt', import.meta.url)),
  'utf8',
);

/** The cold-start panel as a page model (the default scenario's Lambda system has id "lambda"). */
function panel(page: Page) {
  const root = page.getByTestId('coldstart-panel');
  return {
    root,
    rate: root.getByTestId('cs-rate-lambda'),
    table: root.getByTestId('cs-table-lambda'),
    row: (id: string) => root.getByTestId('cs-table-lambda').getByTestId(`cs-${id}`),
    /** The scenario's coldStart as the address bar carries it (the share link follows every edit). */
    coldStart: async () => {
      const token = parseFragment(new URL(page.url()).hash).get(SCENARIO_PARAM);
      const decoded = token === undefined ? null : decodeScenario(token);
      return (decoded?.ok ? (decoded.scenario.coldStart ?? {}) : {}) as Record<string, unknown>;
    },
  };
}

test.beforeEach(async ({ page }) => {
  // Each test re-prices the scenario several times (every mitigation, twice): on a loaded 2-core machine
  // that is more than the default 30 s, so every test here gets three times as long.
  test.slow();
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Cold starts' })).toBeVisible();
});

test('modelled rate, every mitigation priced, the cheapest that meets the target marked', async ({ page }) => {
  const p = panel(page);
  await expect(p.rate).toContainText('(modelled)');
  await expect(p.rate).toContainText('keep-alive 10 min');
  await expect(p.table.locator('tbody tr')).toHaveCount(8);
  await expect(p.row('pc-all-month')).toContainText('sized to the modelled peak concurrency');
  await expect(p.row('keep-warm')).toContainText('8,760 pings a month');
  await expect(p.row('server')).toContainText('$');
  await expect(p.table.locator('tr.cheapest')).toHaveCount(1);
  await expect(p.table.locator('tr.cheapest')).toContainText('cheapest that meets the target');
  await expect(p.root.getByTestId('cs-breakeven-lambda')).toContainText('cost less than on-demand above');
  const axe = await new AxeBuilder({ page }).include("[data-testid='coldstart-panel']").analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('runtime, target and keep-alive are scenario inputs: the table follows them and the link keeps them', async ({
  page,
}) => {
  const p = panel(page);
  await p.root.getByLabel('Runtime').selectOption('java');
  await expect(p.row('snapstart')).toContainText('restore a snapshot');
  await p.root.getByLabel('Target p99 latency', { exact: true }).fill('150');
  // A 200 ms request can never have a 150 ms p99: nothing meets it, nothing is marked.
  await expect(p.table.locator('tr.cheapest')).toHaveCount(0);
  await expect(p.row('on-demand')).toContainText('no');
  await p.root.getByLabel('Keep-alive of an idle instance', { exact: true }).fill('30');
  await expect(p.rate).toContainText('keep-alive 30 min');
  await expect.poll(p.coldStart).toEqual({ runtime: 'java', targetP99Ms: 150, keepAliveMinutes: 30 });
  await p.root.getByLabel('Keep-alive of an idle instance', { exact: true }).fill('120');
  await expect(p.root.getByText('must be 1–60 minutes')).toBeVisible();
});

test('measured REPORT lines replace the modelled rate', async ({ page }) => {
  const p = panel(page);
  await p.root.getByLabel('Measured REPORT lines (optional)').fill(REPORT_LINES);
  await expect(p.root.getByTestId('cs-paste-status')).toContainText('12.5% cold');
  await expect(p.rate).toContainText('(measured)');
  await expect(p.rate).toContainText('12.5%');
  await expect(p.row('on-demand')).toContainText('12.5%');
});

test('a Lambda function inside an architecture: its rate and every mitigation, priced as the whole architecture', async ({
  page,
}) => {
  await page.goto(`./#${buildFragment(HTTP_API)}`);
  const root = page.getByTestId('coldstart-panel');
  await expect(root.getByRole('heading', { name: 'HTTP API → Lambda › Handler' })).toBeVisible();
  await expect(root.getByTestId('cs-rate-serverless/handler')).toContainText('(modelled)');
  const table = root.getByTestId('cs-table-serverless/handler');
  await expect(table.locator('tbody tr')).toHaveCount(8);
  await expect(table.getByTestId('cs-pc-all-month')).toContainText('$');
  await expect(table.getByTestId('cs-server')).toContainText('not available');
  await expect(table.locator('tr.cheapest')).toHaveCount(1);
  await expect(root).toContainText('Monthly is the whole HTTP API → Lambda bill');
});
