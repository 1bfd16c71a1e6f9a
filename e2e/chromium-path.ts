import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's package puts its launcher here; CI installs it with apt-get (see .ci/run). */
export const debianChromiumPath = '/usr/bin/chromium';

/** Flags for a sandboxless root container with no network beyond loopback. */
export const chromiumLaunchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

/**
 * Returns the Chromium executable for the e2e tests: `CHROMIUM_PATH` or
 * `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH` if set, else Debian's `/usr/bin/chromium`, else Playwright's
 * own downloaded browser; throws with install instructions when none is found.
 */
export function resolveChromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['CHROMIUM_PATH'] || env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`Chromium not found at ${fromEnv} (from CHROMIUM_PATH / PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH).`);
    return fromEnv;
  }
  if (existsSync(debianChromiumPath)) return debianChromiumPath;
  const bundled = bundledChromiumPath();
  if (bundled !== undefined) return bundled;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Get one of:',
      '  - Debian/Ubuntu: apt-get install -y chromium   (installs /usr/bin/chromium)',
      "  - Playwright's own build: npx playwright install chromium",
      '  - or point CHROMIUM_PATH at an existing Chromium/Chrome executable.',
    ].join('\n'),
  );
}

function bundledChromiumPath(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}
