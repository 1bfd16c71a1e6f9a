/**
 * UI benchmarks in Chromium against the built app (run `npm run build` first; this builds nothing):
 *  1. input-to-next-paint (Event Timing and a direct input→paint probe, bench/inputProbe.ts) for the
 *     memory slider by keys and by mouse and for typing the requests, at 1× and 4× CPU throttling, with
 *     the default comparison and with an architecture of 10 components — target p95 ≤ 16 ms at 1×, ≤ 33 ms at 4×;
 *  2. first cost on screen with 4× CPU throttling (CDP Emulation.setCPUThrottlingRate) — target ≤ 1 s;
 *  3. gzip size of the JavaScript the first figure needs (entry chunk + static imports, no lazy chunks)
 *     — target ≤ 150 KB.
 * Usage: npx tsx bench/ui.ts [runs=3]; BENCH_DIST=<dir> measures another build (see bench/preview.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import { chromiumLaunchArgs, resolveChromiumPath } from '../e2e/chromium-path';
import { inputSection } from './inputProbe';
import { DIST, freePort, median, ms, startPreview, waitForServer } from './preview';

const RUNS = Number(process.argv[2] ?? 3);

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html not found: run `npm run build` first');
  const size = firstFigureJs();
  console.log(
    `\n[3] JS for the first figure: ${kb(size.gzip)} gzip (${kb(size.raw)} raw) — ${size.files.join(' + ')}; target ≤ 150 KB`,
  );
  const port = await freePort();
  const server = startPreview(port);
  const browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: [...chromiumLaunchArgs] });
  try {
    const url = `http://localhost:${port}/`;
    await waitForServer(url);
    const firsts: number[] = [];
    for (let i = 0; i < Math.max(RUNS, 5); i++) firsts.push(await firstCostMs(browser, url));
    console.log(
      `[2] first cost on screen, 4× CPU throttling: median ${ms(median(firsts))} (runs: ${firsts.map(ms).join(', ')}); target ≤ 1 s`,
    );
    await inputSection(browser, url, RUNS);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

/** The entry chunk of index.html plus every chunk it imports statically (what must load before the first figure). */
function firstFigureJs(): { raw: number; gzip: number; files: string[] } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script[^>]+type="module"[^>]+src="([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no module script in dist/index.html');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import{…}from"./x.js"` / `import"./x.js"` / `export…from"./x.js"`; `import("…")` is lazy.
    for (const m of code.matchAll(
      /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
    )) {
      visit(join(dirname(file), m[1]!));
    }
  };
  visit(join(DIST, entry.replace(/^\.?\//, '')));
  let raw = 0;
  let gzip = 0;
  for (const f of seen) {
    const buf = readFileSync(f);
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip, files: [...seen].map((f) => f.slice(DIST.length + 1)) };
}

/** Navigation start → the paint of the first monthly total (Element Timing), with the CPU throttled 4×. */
async function firstCostMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Element Timing gives the paint time of the first total (it carries elementtiming="first-figure").
  await page.addInitScript(`
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'first-figure' && window.__firstCost === undefined) window.__firstCost = e.renderTime || e.loadTime;
    }).observe({ type: 'element', buffered: true });
  `);
  await page.goto(url);
  // Polled with evaluate: waitForFunction compiles its predicate with eval, which the page's CSP forbids.
  let value: number | undefined;
  for (let i = 0; i < 300 && value === undefined; i++) {
    await page.waitForTimeout(100);
    value = (await page.evaluate('window.__firstCost')) as number | undefined;
  }
  if (value === undefined) throw new Error('the first cost was never painted');
  const text = await page.getByTestId('first-figure').innerText();
  if (!text.includes('$')) throw new Error(`the first figure is "${text}", not a cost`);
  await context.close();
  return value;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

await main();
