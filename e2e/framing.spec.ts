import { expect, test } from '@playwright/test';
import { chromiumLaunchArgs, resolveChromiumPath } from './chromium-path';

// The host page is served by the test (no address), which Chromium's Local Network Access counts as
// public and so refuses its frames to localhost; that check is not what this test is about.
test.use({
  launchOptions: {
    executablePath: resolveChromiumPath(),
    args: [...chromiumLaunchArgs, '--disable-features=LocalNetworkAccessChecks'],
  },
});

// Plain Playwright, not the guarded fixture: the refusal this test expects is itself a console error.
test('another site may frame the embed but not the calculator', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  // 127.0.0.1 and localhost are different origins: a page "elsewhere" framing both pages.
  const app = new URL('./', baseURL);
  const elsewhere = new URL(app.href.replace('//localhost', '//127.0.0.1'));
  await page.route(`${elsewhere.origin}/host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title>
        <iframe id="app" title="calculator" src="${app.href}"></iframe>
        <iframe id="embed" title="embed" src="${new URL('./embed.html', app).href}"></iframe>`,
    }),
  );
  await page.goto(`${elsewhere.origin}/host.html`);
  await expect(page.frameLocator('#embed').getByTestId('first-figure')).toContainText('$');
  await expect.poll(() => errors).toHaveLength(1);
  expect(errors[0]).toContain(`Framing '${app.href}' violates the following Content Security Policy directive`);
  expect(errors[0]).toContain("frame-ancestors 'self'");
  await expect(page.frameLocator('#app').locator('#root')).toHaveCount(0);
});
