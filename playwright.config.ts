import { defineConfig } from '@playwright/test';
import { chromiumLaunchArgs, resolveChromiumPath } from './e2e/chromium-path';

// E2E_PORT lets several checkouts run their e2e suites side by side.
const port = Number(process.env['E2E_PORT'] ?? 4173);

/** E2E tests drive the built app (`npm run test:e2e` builds first) served by `vite preview`. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: 'list',
  timeout: 30_000,
  // Assertions wait on state; on a loaded 2-core machine a re-pricing plus a lazy chunk can take more than 5 s.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}/`,
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: resolveChromiumPath(),
      args: [...chromiumLaunchArgs],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    port,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
