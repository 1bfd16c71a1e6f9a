import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { DEFAULT_SCENARIO } from '../src/scenario';
import { decodeScenario, encodeScenario } from '../src/share/codec';
import { SCENARIO_PARAM, parseFragment } from '../src/share/fragment';
import { parseCsv } from '../src/testing/parseCsv';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

/** Clicks a download button of the Share panel and returns the saved file's text. */
async function downloaded(page: Page, label: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('group', { name: 'Download' }).getByRole('button', { name: label, exact: true }).click(),
  ]);
  return readFileSync(await (file as Download).path(), 'utf8');
}

/** The scenario a link back carries. */
function scenarioOf(link: string) {
  const token = parseFragment(new URL(link).hash).get(SCENARIO_PARAM) ?? '';
  const decoded = decodeScenario(token);
  if (!decoded.ok) throw new Error(`the link back does not open: ${link}`);
  return decoded.scenario;
}

test('the CSV and Markdown downloads open with the inputs on screen, the price date and a link back to them', async ({
  page,
}) => {
  // A link whose inputs differ from the defaults: a header echoing the defaults would fail.
  const opened = { ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, memoryMb: 1024 } };
  await page.goto(`./#s=${encodeScenario(opened)}`);
  const app = new AppPage(page);
  await expect(app.field('Memory')).toHaveValue('1024');
  // Wait for the figures at 1,024 MB: 1 M × 200 ms × 1 GB = 200,000 GB-s × $0.0000166667 + $0.20.
  await expect(app.row('lambda').locator('td.total')).toHaveText('$3.53');

  const rows = parseCsv(await downloaded(page, 'CSV'));
  const header = new Map(rows.filter((r) => r[0] === '').map((r) => [r[2], r]));
  expect(header.get('Input: Memory')?.slice(3, 5)).toEqual(['1024', 'MB']);
  expect(header.get('Input: Traffic')?.[3]).toBe('1000000');
  expect(header.get('Prices as of')?.[8]).toMatch(/^\d{4}-\d{2}-\d{2} \(us-east-1\)$/);
  const csvLink = header.get('Link')?.[8] ?? '';
  expect(scenarioOf(csvLink).workload.memoryMb).toBe(1024);

  const md = await downloaded(page, 'Markdown');
  const facts = md.split('\n').find((l) => l.includes(' · ')) ?? '';
  expect(facts).toContain('1,024 MB');
  const mdLink = /\[Open this scenario\]\(([^)]+)\)/.exec(facts)?.[1] ?? '';
  expect(scenarioOf(mdLink).workload.memoryMb).toBe(1024);
});
