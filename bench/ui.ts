/**
 * UI benchmarks in Chromium against the built app (run `npm run build` first; this builds nothing):
 *  1. input-to-next-paint (Event Timing and a direct input→paint probe, bench/inputProbe.ts) for the
 *     memory slider by keys and by mouse and for typing the requests, at 1× and 4× CPU throttling, with
 *     the default comparison and with an architecture of 10 components — target p95 ≤ 16 ms at 1×, ≤ 33 ms at 4×;
 *  2. first figure on screen at 4× CPU throttling: bench/firstFigure.ts (the default page and a shared link);
 *  3. gzip size of the JavaScript before the first interactive figure of the calculator (target ≤ 120 KB)
 *     and of the embed (target ≤ 60 KB): bench/jsSize.ts, also runnable alone.
 * Usage: npx tsx bench/ui.ts [runs=3]; BENCH_DIST=<dir> measures another build (see bench/preview.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchArgs, resolveChromiumPath } from '../e2e/chromium-path';
import { inputSection } from './inputProbe';
import { JS_TARGETS_KB, pageJs, pageJsReport } from './jsSize';
import { type Metric, lowerIsBetter, reportMetrics } from './measure';
import { DIST, freePort, startPreview, waitForServer } from './preview';

const RUNS = Number(process.argv[2] ?? 3);

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html not found: run `npm run build` first');
  const metrics: Metric[] = [];
  console.log(`\n${pageJsReport(DIST).join('\n')}`);
  for (const [page, targetKb] of Object.entries(JS_TARGETS_KB)) {
    metrics.push(
      lowerIsBetter(`JS before the first figure of ${page}, gzip`, pageJs(DIST, page).gzip / 1024, 'KB', targetKb),
    );
  }
  const port = await freePort();
  const server = startPreview(port);
  const browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: [...chromiumLaunchArgs] });
  try {
    const url = `http://localhost:${port}/`;
    await waitForServer(url);
    metrics.push(...(await inputSection(browser, url, RUNS)));
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
  reportMetrics('ui', metrics);
}

await main();
