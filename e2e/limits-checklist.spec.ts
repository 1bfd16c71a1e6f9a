import type { Scenario } from '../src/scenario';
import { buildFragment } from '../src/share/fragment';
import { axeScan, expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

/** Both Lambda systems and one pinned t3.small: a server whose bill does not depend on the duration. */
const JOB: Scenario = {
  schema: 4,
  workload: { requestsPerMonth: 500, durationMs: 60_000, memoryMb: 1024 },
  systems: [
    { id: 'lambda', name: 'Lambda', kind: 'aws-lambda' },
    { id: 'lambda-http', name: 'Lambda + HTTP API', kind: 'aws-lambda', frontDoor: 'http-api' },
    { id: 'vm', name: 't3.small', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
  ],
};

// Each test prices its scenario several times over (the checklist re-prices once per item, and
// right-sizes each Lambda system): room for a loaded 2-core machine.
test.beforeEach(() => test.setTimeout(90_000));

test('a 20-minute Lambda job: both Lambda systems say they cannot run it, and neither is the cheapest', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.goto(`./#${buildFragment(JOB)}`);
  // At one minute Lambda runs it (the HTTP API cannot wait that long) and is the cheapest.
  await expect(app.row('lambda').locator('.badge--best')).toHaveCount(1);
  await expect(app.row('lambda-http').locator('td.total')).toHaveText("can't run this workload");
  await app.field('Average duration').fill('1200000');
  for (const id of ['lambda', 'lambda-http']) {
    await expect(app.row(id).locator('td.total')).toHaveText("can't run this workload");
    await expect(app.row(id).locator('.badge--best')).toHaveCount(0);
  }
  const limits = page.locator('[data-testid="limits-row"][data-system="lambda"]');
  await expect(limits).toContainText('15 minutes (900,000 ms)');
  await expect(limits).toContainText('1,200,000 ms per request');
  await expect(limits.getByRole('link')).toHaveAttribute(
    'href',
    'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  );
  // The HTTP API's 30-second wait is its own limit, named on its own row.
  await expect(page.locator('[data-testid="limits-row"][data-system="lambda-http"]')).toContainText('30 seconds');
  await expect(page.locator('tr.cheapest[data-testid="result-row"]')).toHaveCount(1);
  await expect(page.locator('tr.cheapest[data-testid="result-row"]')).not.toHaveAttribute('data-system', /lambda/);
  await expect(app.cheapest).not.toContainText('Lambda');
  await expect(page.getByTestId('checklist')).toBeVisible();
  const results = await axeScan(page);
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the checklist prices arm64 for Lambda and one click applies only that change', async ({ page }) => {
  const app = new AppPage(page);
  await page.goto(
    `./#${buildFragment({ ...JOB, workload: { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 } })}`,
  );
  const item = page.locator('[data-testid="checklist-item"][data-item="arm64:lambda"]');
  await expect(item).toContainText('Run on arm64 (Graviton)');
  const detail = await item.locator('.checklist__detail').first().innerText();
  const after = detail.match(/→ (\$[\d,.]+)/)?.[1];
  expect(after).toBeDefined();
  const before = await app.totals();
  await item.getByRole('button', { name: /^Apply/ }).click();
  await expect(app.row('lambda').locator('td.total')).toHaveText(after!);
  await expect(item).toHaveCount(0);
  // Only Lambda's architecture changed: every other system keeps its figure.
  const now = await app.totals();
  for (const [name, usd] of Object.entries(before)) if (name !== 'Lambda') expect(now[name]).toBe(usd);
  // The other Lambda system keeps its own item.
  await expect(page.locator('[data-testid="checklist-item"][data-item="arm64:lambda-http"]')).toHaveCount(1);
});

/** Java with a 1-second target, one function kept warm by provisioned concurrency, prices with SnapStart. */
const JAVA: Scenario = {
  schema: 4,
  pricingDate: '2025-08-01',
  workload: { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 },
  coldStart: { runtime: 'java', targetP99Ms: 1000 },
  systems: [
    { id: 'lambda', name: 'Lambda', kind: 'aws-lambda' },
    {
      id: 'warm',
      name: 'Warm Lambda',
      kind: 'aws-lambda',
      provisionedConcurrency: { concurrency: 4, hoursPerMonth: 730 },
    },
  ],
};

test('a latency target under the cold-start p99 warns on the function with no mitigation, naming what to do instead', async ({
  page,
}) => {
  await page.goto(`./#${buildFragment(JAVA)}`);
  const limits = page.locator('[data-testid="limits-row"][data-system="lambda"]');
  await expect(limits).toContainText("Latency target: Lambda's cold starts take 3,000 ms at p99 (Java:");
  await expect(limits).toContainText('over the 1,000 ms target');
  await expect(limits).toContainText('Instead: ');
  // Provisioned concurrency is a mitigation: no warning there (no limits row at all).
  await expect(page.locator('[data-testid="limits-row"][data-system="warm"]')).toHaveCount(0);
});

test('the checklist offers SnapStart in place of provisioned concurrency, and Apply makes only that change', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.goto(`./#${buildFragment(JAVA)}`);
  const item = page.locator('[data-testid="checklist-item"][data-item="snapstart:warm"]');
  await expect(item).toContainText('Replace provisioned concurrency with SnapStart');
  await expect(item).toContainText('Java');
  const detail = await item.locator('.checklist__detail').first().innerText();
  const after = detail.match(/→ (\$[\d,.]+)/)?.[1];
  expect(after).toBeDefined();
  const before = await app.totals();
  await item.getByRole('button', { name: /^Apply/ }).click();
  await expect(app.row('warm').locator('td.total')).toHaveText(after!);
  await expect(item).toHaveCount(0);
  const now = await app.totals();
  expect(now['Lambda']).toBe(before['Lambda']);
});
