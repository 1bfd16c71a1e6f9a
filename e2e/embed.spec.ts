import type { Page } from '@playwright/test';
import { DEFAULT_SCENARIO, type Scenario } from '../src/scenario';
import { buildFragment } from '../src/share/fragment';
import { axeScan, expect, test } from './fixtures';

type Received = { data: unknown; fromFrame: number };

/** A blank host page that records every message and which iframe sent it. */
async function hostPage(page: Page, baseURL: string, fragments: string[], width = 800) {
  await page.setContent('<!doctype html><html><head><title>Host page</title></head><body></body></html>');
  await page.evaluate(
    ({ srcs, widthPx }) => {
      const w = window as unknown as { received: Received[] };
      w.received = [];
      const frames: HTMLIFrameElement[] = [];
      window.addEventListener('message', (e) =>
        w.received.push({ data: e.data, fromFrame: frames.findIndex((f) => f.contentWindow === e.source) }),
      );
      srcs.forEach((src, i) => {
        const f = document.createElement('iframe');
        f.src = src;
        f.title = `embed ${i}`;
        f.style.cssText = `width:${widthPx}px;height:200px;border:0;display:block`;
        frames.push(f);
        document.body.append(f);
      });
    },
    { srcs: fragments.map((f) => `${baseURL}embed.html#${f}`), widthPx: width },
  );
}

const heights = (page: Page, frame: number) =>
  page.evaluate(
    (i) => (window as unknown as { received: Received[] }).received.filter((m) => m.fromFrame === i).map((m) => m.data),
    frame,
  );

const twoSystems: Scenario = {
  ...DEFAULT_SCENARIO,
  name: 'Two systems',
  pricingDate: '2026-03-01',
  // The brief's comparison: one pinned t3.small as AWS bills it (the default sizes it from the workload).
  systems: [DEFAULT_SCENARIO.systems[0]!, { ...DEFAULT_SCENARIO.systems[2]!, count: 1 } as Scenario['systems'][number]],
};

test('an embed renders inside an iframe and posts its content height to the parent, again on resize', async ({
  page,
  baseURL,
}) => {
  await hostPage(page, baseURL!, [buildFragment(twoSystems)]);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('embed-chart').locator('svg')).toBeVisible();
  await expect(frame.getByTestId('first-figure')).toHaveText('$1.87');
  await expect(frame.getByRole('row', { name: /^t3\.small/ })).toHaveText(/t3\.small\s*\$19\.47/);
  await expect(frame.getByRole('list', { name: 'Breakevens' })).toHaveText(
    'Lambda costs more than t3.small above 10,432,481 requests/month.',
  );
  await expect(frame.getByText('Prices as of 2026-03-01 (us-east-1).')).toBeVisible();
  await expect
    .poll(() => heights(page, 0))
    .toContainEqual({ type: 'serverless-breakeven:height', version: 1, height: expect.any(Number) });
  const contentHeight = await frame.locator('#root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  const first = (await heights(page, 0)).at(-1) as { height: number };
  expect(first.height).toBe(contentHeight);
  expect(first.height).toBeGreaterThan(400);

  // Narrower iframe: the chart is redrawn at the frame's width, the content's height changes, and the parent hears about it.
  await page.locator('iframe').evaluate((f: HTMLIFrameElement) => (f.style.width = '420px'));
  await expect.poll(async () => ((await heights(page, 0)).at(-1) as { height: number }).height).not.toBe(first.height);
});

test('the link back opens the same scenario in the full app', async ({ page }) => {
  const fragment = buildFragment(twoSystems);
  await page.goto(`./embed.html#${fragment}&view=table`);
  await expect(page.getByRole('link', { name: 'Serverless Breakeven', exact: true })).toHaveAttribute(
    'href',
    `./index.html#${fragment}`,
  );
  await expect(page.getByRole('link', { name: 'Open in Serverless Breakeven' })).toHaveAttribute('target', '_blank');
});

test('two embeds on one page each show their own scenario and options', async ({ page, baseURL }) => {
  const arm = { ...twoSystems, name: 'Arm', workload: { ...twoSystems.workload, requestsPerMonth: 20_000_000 } };
  await hostPage(page, baseURL!, [
    `${buildFragment(twoSystems)}&view=table`,
    `${buildFragment(arm)}&view=chart&theme=dark`,
  ]);
  const [a, b] = [page.frameLocator('iframe >> nth=0'), page.frameLocator('iframe >> nth=1')];
  await expect(a.getByTestId('first-figure')).toHaveText('$1.87');
  await expect(a.getByTestId('embed-chart')).toHaveCount(0);
  await expect(b.getByTestId('embed-chart')).toBeVisible();
  await expect(b.getByRole('table')).toHaveCount(0);
  await expect(b.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(a.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(async () => [(await heights(page, 0)).length > 0, (await heights(page, 1)).length > 0])
    .toEqual([true, true]);
});

test('shows only the chosen systems and honours the chart height', async ({ page }) => {
  await page.goto(
    `./embed.html#${buildFragment({ ...DEFAULT_SCENARIO, pricingDate: '2026-03-01' })}&systems=lambda,fargate&height=200&theme=light`,
  );
  await expect(page.locator('tbody tr')).toHaveCount(2);
  await expect(page.locator('.legend-item')).toHaveCount(2);
  const tall = await page.locator('svg').evaluate((s) => s.getBoundingClientRect().height);
  await page.goto(
    `./embed.html#${buildFragment({ ...DEFAULT_SCENARIO, pricingDate: '2026-03-01' })}&systems=lambda,fargate&height=500`,
  );
  await page.reload();
  await expect
    .poll(() => page.locator('svg').evaluate((s) => s.getBoundingClientRect().height))
    .toBeGreaterThan(tall + 200);
});

for (const [what, fragment, problem] of [
  ['garbage', 's=hello', /version marker/],
  ['a truncated link', buildFragment(DEFAULT_SCENARIO).slice(0, -9), /truncated or damaged/],
  ['an unknown version', 's=v9.eyJ9', /format version 9/],
  [
    'a negative number',
    buildFragment({ ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, durationMs: -1 } }),
    /workload\.durationMs/,
  ],
] as const) {
  test(`a bad link (${what}) shows the notice and the default comparison`, async ({ page }) => {
    await page.goto(`./embed.html#${fragment}`);
    const notice = page.getByTestId('link-notice');
    await expect(notice).toContainText('This link could not be opened');
    await expect(notice).toContainText(problem);
    await expect(notice).toContainText('Showing the default comparison instead.');
    await expect(page.getByTestId('first-figure')).toHaveText('$1.87');
  });
}

test('markup or script in a name is refused, shown as text, and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const fragment = buildFragment({
    ...DEFAULT_SCENARIO,
    name: evil,
    systems: [{ id: 'x', kind: 'aws-lambda', name: evil }],
  });
  await page.goto(`./embed.html#${fragment}`);
  await expect(page.getByTestId('link-notice')).toContainText('must not contain markup');
  await expect(page.getByTestId('link-notice')).toContainText('systems[0].name');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('#root script')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('bad embed options fall back to their defaults with a notice', async ({ page }) => {
  await page.goto(`./embed.html#${buildFragment(twoSystems)}&view=poster&systems=mainframe`);
  await expect(page.getByTestId('option-notice')).toContainText('view must be chart, table, both or diagram');
  await expect(page.getByTestId('option-notice')).toContainText('no system "mainframe"');
  await expect(page.getByTestId('embed-chart')).toBeVisible();
  await expect(page.getByTestId('first-figure')).toHaveText('$1.87');
  // The answer read first, under the table too: who is cheapest at every traffic.
  // The t3.small as AWS bills it (public IPv4 and EBS): the breakeven of 10,432,481 requests/month.
  await expect(page.getByTestId('embed-cheapest')).toHaveText(
    'Below 10 M requests/month Lambda is cheapest; above 10 M t3.small.',
  );
  await expect(page.getByTestId('link-notice')).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the embed has no detectable accessibility violations (${theme})`, async ({ page }) => {
    await page.goto(`./embed.html#${buildFragment(twoSystems)}&theme=${theme}`);
    await expect(page.getByTestId('embed-chart')).toBeVisible();
    const results = await axeScan(page);
    expect(
      results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
  });
}
