/**
 * Section [1] of bench/ui.ts alone: input-to-next-paint at 1× and 4× CPU throttling, with the default
 * comparison and with an architecture of 10 components (run `npm run build` first). With
 * BENCH_BASE_DIST (another build, e.g. `git worktree add /tmp/base HEAD~1 && cd /tmp/base && npx vite build
 * --outDir /tmp/base-dist`), runs alternate between that build and this one and the ratios are printed.
 * Usage: npx tsx bench/input.ts [runs=3]; BENCH_DIST, BENCH_MODES and BENCH_RATES narrow it (bench/inputProbe.ts).
 */
import type { ChildProcess } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchArgs, resolveChromiumPath } from '../e2e/chromium-path';
import { inputSection } from './inputProbe';
import { freePort, startPreview, waitForServer } from './preview';

const baseDist = process.env['BENCH_BASE_DIST'];
const servers: ChildProcess[] = [];
const serve = async (dist?: string) => {
  const port = await freePort();
  servers.push(startPreview(port, dist));
  const url = `http://localhost:${port}/`;
  await waitForServer(url);
  return url;
};
const browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: [...chromiumLaunchArgs] });
try {
  const url = await serve();
  const base = baseDist === undefined ? undefined : await serve(baseDist);
  await inputSection(browser, url, Number(process.argv[2] ?? 3), base);
} finally {
  await browser.close();
  for (const s of servers) s.kill('SIGTERM');
}
