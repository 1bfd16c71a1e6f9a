import { axeScan, expect, test } from './fixtures';

for (const path of ['./', './embed.html']) {
  test(`${path} loads and shows the first figure`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Serverless Breakeven');
    const figure = page.getByTestId('first-figure');
    await expect(figure).toBeVisible();
    await expect(figure).toContainText('$');
    expect((await figure.innerText()).trim()).not.toBe('');
  });
}

test('the main page has no detectable accessibility violations', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('first-figure')).toBeVisible();
  const results = await axeScan(page);
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
