import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test('an EC2 fleet sized from traffic steps up with traffic, and its settings explain it', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await page.getByRole('button', { name: 'Settings of t3.small', exact: true }).click();
  const card = app.systemCard('t3.small');
  // Sized from the workload by default: the hint gives the capacity the engine assumes.
  await expect(card.getByLabel('Sized from the workload')).toBeChecked();
  await expect(card.getByText('t3.small: 2 vCPU × 20% baseline ÷ 200 ms CPU = 2 req/s per instance')).toBeVisible();
  await card.getByLabel('Fixed req/s per instance').check();
  await card.getByLabel('Requests per second per instance').fill('0.1');
  // 1 M requests/month = 0.38 rps average: ceil(0.38 / 0.1) = 4 instances × $19.474 (the instance, its public IPv4 and 8 GB gp3).
  await expect(app.row('t3-small').locator('td.total')).toHaveText('$77.90');
  const explain = await app.explain('t3.small');
  await expect(explain).toContainText('4 instances');
  await card.getByLabel('Fixed number').check();
  await expect(app.row('t3-small').locator('td.total')).toHaveText('$19.47');
});

test('Lambda provisioned concurrency can be switched on and configured', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await page.getByRole('button', { name: 'Settings of Lambda', exact: true }).click();
  const card = app.systemCard('Lambda');
  await card.getByLabel('Provisioned concurrency', { exact: true }).check();
  await expect(card.getByLabel('Concurrency', { exact: true })).toHaveValue('1');
  await expect(app.row('lambda').locator('td.total')).not.toHaveText('$1.87');
  await card.getByLabel('Concurrency', { exact: true }).fill('0');
  await expect(card.getByText('must be 1–100,000')).toBeVisible();
  await expect(page.getByTestId('stale-notice')).toBeVisible();
  await card.getByLabel('Concurrency', { exact: true }).fill('10');
  // AWS's PC example 1 in the form: 100 environments for 8 hours serving 500,000 requests of 100 ms.
  await card.getByLabel('Requests served on provisioned concurrency').fill('500000');
  await card.getByLabel('Duration on provisioned concurrency').fill('100');
  await expect(page.getByTestId('stale-notice')).toBeHidden();
  await card.getByLabel('Provisioned concurrency', { exact: true }).uncheck();
  await expect(app.row('lambda').locator('td.total')).toHaveText('$1.87');
});

test('a name with markup is refused inline, naming the reason', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await page.getByRole('textbox', { name: 'Name (AWS Lambda)' }).first().fill('Lambda <b>');
  await expect(page.getByText('must not contain markup').first()).toBeVisible();
  await expect(page.getByTestId('stale-notice')).toBeVisible();
});

test('a Fargate task size outside the allowed memory is refused by name', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await page.getByRole('button', { name: 'Settings of Fargate 0.5 vCPU / 1 GB' }).click();
  const card = app.systemCard('Fargate 0.5 vCPU / 1 GB');
  await card.getByLabel('Task memory').fill('16');
  await expect(card.getByText('with 0.5 vCPU Fargate takes 1–4 GB')).toBeVisible();
  await card.getByLabel('Task vCPU').selectOption('4');
  await expect(page.getByTestId('issues')).toHaveCount(0);
});

test('an EC2 system’s public IPv4 and EBS root volume are billed and can be removed in its editor', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.goto();
  await page.getByRole('button', { name: 'Settings of t3.small', exact: true }).click();
  const card = app.systemCard('t3.small');
  // $15.18 instance + $3.65 public IPv4 (730 h × $0.005) + $0.64 EBS (8 GB × $0.08).
  await expect(app.row('t3-small').locator('td.total')).toHaveText('$19.47');
  await expect(card.getByText('$0.005/address-hour since 2024-02-01', { exact: false })).toBeVisible();
  await card.getByLabel('Public IPv4 addresses per instance').fill('0');
  await expect(app.row('t3-small').locator('td.total')).toHaveText('$15.82');
  await card.getByLabel('EBS root volume per instance').fill('0');
  await expect(app.row('t3-small').locator('td.total')).toHaveText('$15.18');
});

test('the EC2 instance picker offers issue 15’s types, and a sourced Reserved Instance rate', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await page.getByRole('button', { name: 'Settings of t3.small', exact: true }).click();
  const card = app.systemCard('t3.small');
  const picker = card.getByLabel('Instance type');
  for (const type of [
    't2.micro',
    't3a.large',
    't4g.micro',
    't4g.large',
    'm8g.large',
    'c8g.large',
    'r6i.large',
    'r7g.large',
  ])
    await expect(picker.locator(`option[value="${type}"]`)).toHaveCount(1);
  // A type without a sourced reservation offers on demand only.
  await expect(card.getByLabel('Commitment').locator('option')).toHaveCount(1);
  await picker.selectOption('t3.medium');
  await card.getByLabel('Commitment').selectOption('ri-standard-1yr');
  // $19.05 per 730 hours (standard, 1 year, no upfront) + $3.65 public IPv4 + $0.64 EBS.
  await expect(app.row('t3-small').locator('td.total')).toHaveText('$23.34');
});

test('the Compute Engine and Azure machine pickers offer e2-standard-2 and D2s_v5', async ({ page }) => {
  const app = new AppPage(page);
  await app.goto();
  await app.addSystem('Google Compute Engine VM');
  await app.addSystem('Azure VM');
  await page.getByRole('button', { name: 'Settings of GCE e2-small', exact: true }).click();
  const gce = app.systemCard('GCE e2-small').getByLabel('Machine type');
  await expect(gce.locator('option[value="e2-standard-2"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Settings of Azure B1s', exact: true }).click();
  await expect(app.systemCard('Azure B1s').getByLabel('Machine type').locator('option[value="D2s_v5"]')).toHaveCount(1);
});
