import { expect, test } from './fixtures';

// The pages' headers as `vite preview` sends them, which is what the build writes to dist/_headers.
for (const [path, ancestors] of [
  ['./', "frame-ancestors 'self'"],
  ['./embed.html', null],
] as const) {
  test(`${path} is served with a strict CSP that says who may frame it`, async ({ page }) => {
    const response = await page.goto(path);
    const headers = response?.headers() ?? {};
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    if (ancestors === null) expect(csp).not.toContain('frame-ancestors');
    else expect(csp.endsWith(ancestors)).toBe(true);
    expect(headers['x-content-type-options']).toBe('nosniff');
    // The page works under it: the guard fails the test on any CSP violation (zod's eval probe was one).
    await expect(page.getByTestId('first-figure')).toContainText('$');
  });
}
