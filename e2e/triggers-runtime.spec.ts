import type { Scenario } from '../src/scenario';
import { buildFragment } from '../src/share/fragment';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

/** An hourly report job of 10 minutes of CPU on Workers, beside a pinned t3.small. */
const JOB: Scenario = {
  schema: 4,
  workload: { requestsPerMonth: 720, durationMs: 600_000, cpuMs: 600_000, memoryMb: 128 },
  systems: [
    { id: 'w', name: 'Worker', kind: 'cloudflare-workers', trigger: 'cron' },
    { id: 'vm', name: 't3.small', kind: 'aws-ec2', instanceType: 't3.small', count: 1 },
  ],
};

test.beforeEach(() => test.setTimeout(90_000));

test('a Worker run by a Cron Trigger or a Queue prices 10 minutes of CPU; as an HTTP Worker it is refused', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.goto(`./#${buildFragment(JOB)}`);
  // 720 × 600,000 CPU-ms = 432 M, 402 M above the included 30 M at $0.02 per million, plus $5.
  await expect(app.row('w').locator('td.total')).toHaveText('$13.04');
  const limits = page.locator('[data-testid="limits-row"][data-system="w"]');
  await expect(limits).toContainText('more often than hourly');
  const card = app.systemCard('Worker');
  await card.getByRole('button', { name: 'Settings' }).click();
  const trigger = card.getByLabel('Invoked by');
  await expect(trigger).toHaveValue('cron');
  await trigger.selectOption('queue');
  await expect(limits).toContainText('configurable to 5 minutes');
  await expect(app.row('w').locator('td.total')).toHaveText('$13.04');
  // As an HTTP Worker the job is refused on its own row, naming the HTTP limit; the server beside it still prices.
  await trigger.selectOption('http');
  await expect(limits).toContainText("Worker: can't run this workload.");
  await expect(limits).toContainText('300,000 ms) of CPU time per HTTP request');
  await expect(app.row('vm').locator('td.total')).toHaveText(/^\$\d+\.\d\d$/);
  await expect(page.getByTestId('stale-notice')).toHaveCount(0);
});

test('Flex Consumption: with the runtime Python, the concurrency field shows the default of 1 and says why', async ({
  page,
}) => {
  const app = new AppPage(page);
  const flex: Scenario = {
    schema: 4,
    workload: { requestsPerMonth: 100_000_000, durationMs: 250, memoryMb: 512 },
    coldStart: { runtime: 'python' },
    systems: [{ id: 'az', name: 'Flex', kind: 'azure-functions', plan: 'flex' }],
  };
  await page.goto(`./#${buildFragment(flex)}`);
  await expect(app.row('az').locator('td.total')).toHaveText(/^\$[\d,]+\.\d\d$/);
  const card = app.systemCard('Flex');
  await card.getByRole('button', { name: 'Settings' }).click();
  const concurrency = card.getByRole('textbox', { name: 'Concurrent executions per instance' });
  await expect(concurrency).toHaveAttribute('placeholder', '1');
  await expect(card).toContainText('default HTTP concurrency for Python apps');
  const pythonTotal = await app.row('az').locator('td.total').innerText();
  // The size's default (16 at 2,048 MB) packs 16 requests per instance: a smaller bill.
  await concurrency.fill('16');
  await expect(app.row('az').locator('td.total')).not.toHaveText(pythonTotal);
});
