/**
 * First figure on screen at 4× CPU throttling (CDP Emulation.setCPUThrottlingRate), by Element Timing
 * of the first monthly total (`elementtiming="first-figure"`), navigation start → its first paint:
 *  a. the default page — the build prerenders it, so this is the HTML's paint; target ≤ 300 ms;
 *  b. a shared link (`#s=…`, ten times the default traffic) — the app's first render; target ≤ 800 ms.
 *     A paint of the hidden prerendered default figures on a link is reported as an error.
 * Against the built app in dist/ (run `npm run build` first; this builds nothing). Further build
 * folders (another commit's dist) are measured in the same run, interleaved, with their ratio to dist/.
 * Usage: npx tsx bench/firstFigure.ts [runs=7] [otherDist…]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { DEFAULT_SCENARIO, type Scenario } from '../src/scenario';
import { buildFragment } from '../src/share/fragment';
import { lowerIsBetter, reportMetrics } from './measure';
import { ROOT, median, withPreviews } from './preview';

const RUNS = Number(process.argv[2] ?? 7);
const DISTS = [join(ROOT, 'dist'), ...process.argv.slice(3).map((d) => resolve(d))];
const TARGET_MS = { default: 300, link: 800 } as const;

const linked: Scenario = {
  ...DEFAULT_SCENARIO,
  workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: DEFAULT_SCENARIO.workload.requestsPerMonth * 10 },
};
const PAGES = { default: '', link: `#${buildFragment(linked)}` } as const;
type PageKind = keyof typeof PAGES;

async function main(): Promise<void> {
  for (const dist of DISTS)
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html not found: build it first`);
  await withPreviews(DISTS, async (browser, servers) => {
    const samples = servers.map(() => ({ default: [] as number[], link: [] as number[] }));
    // Interleaved: each round measures every build once, so the machine's load falls on all alike.
    for (let i = 0; i < RUNS; i++)
      for (const [b, s] of servers.entries())
        for (const kind of Object.keys(PAGES) as PageKind[])
          samples[b]![kind].push(await firstFigureMs(browser, s.url + PAGES[kind], kind));
    for (const kind of Object.keys(PAGES) as PageKind[]) {
      const base = median(samples[0]![kind]);
      for (const [b, s] of servers.entries()) {
        const m = median(samples[b]![kind]);
        const ratio = b === 0 ? '' : `; dist/ ÷ this = ${(base / m).toFixed(2)}`;
        console.log(
          `[2${kind === 'default' ? 'a' : 'b'}] first figure, ${kind === 'default' ? 'default page' : 'shared link'}, 4× CPU, ${s.dist.replace(ROOT, '')}: ` +
            `median ${ms(m)} (runs: ${samples[b]![kind].map(ms).join(', ')}); target ≤ ${TARGET_MS[kind]} ms${ratio}`,
        );
      }
    }
    // dist/'s medians for `npm run bench` (bench/compare.ts), which pairs them with the base commit's.
    reportMetrics(
      'first',
      (Object.keys(PAGES) as PageKind[]).map((kind) =>
        lowerIsBetter(
          `first figure, ${kind === 'default' ? 'default page' : 'shared link'}, 4× CPU`,
          median(samples[0]![kind]),
          'ms',
          TARGET_MS[kind],
        ),
      ),
    );
  });
}

/**
 * Navigation start → the first paint of the first monthly total (Element Timing), with the CPU throttled 4×.
 * A load whose figure the app had already replaced when the entry was delivered (its element is then null,
 * so its text cannot be checked) is measured again, at most twice.
 */
async function firstFigureMs(browser: Browser, url: string, kind: PageKind): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const at = await firstFigureOnce(browser, url, kind, attempt === 3);
    if (at !== null) return at;
    console.warn(`${url}: the first figure was replaced before its entry was read; measuring again`);
  }
}

async function firstFigureOnce(browser: Browser, url: string, kind: PageKind, last: boolean): Promise<number | null> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(`
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.identifier !== 'first-figure' || window.__firstFigure !== undefined) continue;
        window.__firstFigure = { at: e.renderTime || e.loadTime, text: e.element ? e.element.textContent : null,
          prerendered: !!(e.element && e.element.closest('[data-prerendered]')) };
      }
    }).observe({ type: 'element', buffered: true });
  `);
  await page.goto(url);
  // Polled with evaluate: waitForFunction compiles its predicate with eval, which the page's CSP forbids.
  type Seen = { at: number; text: string | null; prerendered: boolean };
  let seen: Seen | undefined;
  for (let i = 0; i < 300 && seen === undefined; i++) {
    await page.waitForTimeout(50);
    seen = (await page.evaluate('window.__firstFigure')) as Seen | undefined;
  }
  await context.close();
  if (seen === undefined) throw new Error(`${url}: the first figure was never painted`);
  if (seen.text === null && !last) return null;
  if (!seen.text?.includes('$')) throw new Error(`${url}: the first figure is "${seen.text}", not a cost`);
  if (kind === 'link' && seen.prerendered) throw new Error(`${url}: the prerendered default figures were painted`);
  return seen.at;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

await main();
