import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { priceScenario } from '../src/report';
import { type Scenario, parseScenario } from '../src/scenario';
import { buildFragment } from '../src/share/fragment';
import { costText, layoutArchitecture } from '../src/share/diagram';
import { testCatalog } from '../src/testing/catalog';
import { axeScan, expect, test } from './fixtures';

/** The fan-out template (SQS → function → SNS → four functions, or one container service), as a link would carry it. */
function template(): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync('examples/architectures/fan-out.json', 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}
const scenario = template();

/** What the engine says each box shows: per architecture, its components' names and "$x · y%". */
function engineBoxes() {
  const priced = priceScenario(testCatalog(), scenario);
  if (!priced.ok) throw new Error(JSON.stringify(priced.issues));
  return (scenario.architectures ?? []).map((a) => ({
    name: a.name ?? a.id,
    boxes: layoutArchitecture(
      a,
      priced.analysis.estimates.find((e) => e.id === a.id),
    ).boxes.map((b) => ({ id: b.id, name: b.name, cost: costText(b) })),
  }));
}
const expected = engineBoxes();

async function expectBoxes(page: Page) {
  const section = page.getByTestId('diagrams-section');
  for (const arch of expected) {
    const figure = section.getByRole('region', { name: arch.name }).getByTestId('architecture-diagram');
    for (const box of arch.boxes) {
      const g = figure.locator(`g[data-component-id="${box.id}"]`);
      await expect(g).toContainText(box.name);
      await expect(g.getByTestId('diagram-cost')).toHaveText(box.cost);
    }
  }
}

test('a link with architectures shows each one as a diagram with the engine’s costs and shares', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`./#${buildFragment(scenario)}`);
  await expectBoxes(page);
  const diagrams = page.getByTestId('architecture-diagram');
  await expect(diagrams).toHaveCount(2);
  await expect(diagrams.first()).toHaveAttribute('data-orientation', 'horizontal');
  await expect(diagrams.first().getByRole('img')).toHaveAccessibleName(
    /^Diagram of SQS → Lambda → SNS → 4 Lambdas: 7 components, \$/,
  );
  await expect(page.getByRole('list', { name: 'Costs by component of SQS → Lambda → SNS → 4 Lambdas' })).toContainText(
    'Email, Lambda function: $',
  );
  // The four subscribers of the topic share one column, one above the other.
  const xs = await Promise.all(
    ['email', 'sms', 'push', 'logging'].map((id) =>
      diagrams.first().locator(`g[data-component-id="${id}"] rect`).first().getAttribute('x'),
    ),
  );
  expect(new Set(xs).size).toBe(1);
  const results = await new AxeBuilder({ page }).include('[data-testid="diagrams-section"]').analyze();
  expect(results.violations).toEqual([]);
});

test('at phone width the diagram turns vertical and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./#${buildFragment(scenario)}`);
  const diagram = page.getByTestId('architecture-diagram').first();
  await expect(diagram).toHaveAttribute('data-orientation', 'vertical');
  await expectBoxes(page);
  await diagram.scrollIntoViewIfNeeded();
  const box = await diagram.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test('the embed with view=diagram draws every architecture, posts its height and passes axe', async ({
  page,
  baseURL,
}) => {
  await page.setContent('<!doctype html><html><head><title>Host</title></head><body></body></html>');
  await page.evaluate(
    (src) => {
      const w = window as unknown as { heights: unknown[] };
      w.heights = [];
      window.addEventListener('message', (e) => w.heights.push(e.data));
      const f = document.createElement('iframe');
      f.src = src;
      f.title = 'embed';
      f.style.cssText = 'width:800px;height:200px;border:0';
      document.body.append(f);
    },
    `${baseURL}embed.html#${buildFragment(scenario, { view: 'diagram' })}`,
  );
  const frame = page.frameLocator('iframe');
  const figures = frame.getByTestId('embed-diagram');
  await expect(figures).toHaveCount(2);
  await expect(frame.getByTestId('embed-chart')).toHaveCount(0);
  for (const [i, arch] of expected.entries()) {
    const shown = figures.nth(i).locator('.sbe-diagram-horizontal svg');
    await expect(shown).toBeVisible();
    for (const box of arch.boxes) {
      await expect(shown).toContainText(box.name);
      await expect(shown).toContainText(box.cost);
    }
  }
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: unknown[] }).heights))
    .toContainEqual({ type: 'serverless-breakeven:height', version: 1, height: expect.any(Number) });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./embed.html#${buildFragment(scenario, { view: 'diagram' })}`);
  await expect(page.locator('.sbe-diagram-vertical svg').first()).toBeVisible();
  await expect(page.locator('.sbe-diagram-horizontal svg').first()).toBeHidden();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  const results = await axeScan(page);
  expect(results.violations).toEqual([]);
});
