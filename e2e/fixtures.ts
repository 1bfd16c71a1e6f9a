import AxeBuilder from '@axe-core/playwright';
import { type Page, test as base, expect } from '@playwright/test';

/** Schemes that never leave the page, so they are not "other origins". */
const localSchemes = new Set(['data:', 'blob:', 'about:']);

type Guard = {
  /** Automatic: fails the test on any console error, uncaught page error, CSP violation or request to another origin. */
  pageGuard: void;
};

/** Playwright's `test`, with every page watched for errors and for requests leaving its origin. */
export const test = base.extend<Guard>({
  pageGuard: [
    async ({ context, baseURL }, use) => {
      const appOrigin = new URL(baseURL ?? 'http://localhost/').origin;
      const errors: string[] = [];
      const foreignRequests: string[] = [];
      const isForeign = (url: URL): boolean => !localSchemes.has(url.protocol) && url.origin !== appOrigin;

      // Aborted rather than sent: this machine has no outside network, so a stray request would only hang.
      await context.route(isForeign, (route) => route.abort('blockedbyclient'));
      context.on('request', (request) => {
        if (isForeign(new URL(request.url()))) foreignRequests.push(`${request.method()} ${request.url()}`);
      });
      // A CSP violation reaches neither `console` nor `pageerror` events: the page reports it to a binding.
      await context.exposeBinding('__reportCspViolation', ({ frame }, text: string) => {
        errors.push(`CSP violation in ${frame.url()}: ${text}`);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      context.on('page', (page) => {
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const { url, lineNumber } = message.location();
          errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
        });
        page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
      });

      await use();

      expect(
        { errors, foreignRequests },
        `no console errors, no uncaught page errors, no CSP violations, no requests to origins other than ${appOrigin}`,
      ).toEqual({ errors: [], foreignRequests: [] });
    },
    { auto: true },
  ],
});

export { expect };

/**
 * An axe scan of the page. A scan of the large page takes tens of seconds on a loaded 2-core machine,
 * so each scan gives its test another minute rather than every test a longer timeout.
 */
export async function axeScan(page: Page): ReturnType<AxeBuilder['analyze']> {
  test.setTimeout(test.info().timeout + 60_000);
  return new AxeBuilder({ page }).analyze();
}
