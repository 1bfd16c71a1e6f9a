/**
 * What the default page's first figure costs the renderer's main thread, by phase: its CPU time (trace
 * events' thread time, `tdur`) from the document's commit to the end of the paint that showed the first
 * figure (the paint bench/firstFigure.ts times). Thread time is what the page itself costs and the
 * machine's load hardly moves it, whereas firstFigure.ts's wall time on a loaded machine mostly measures
 * waiting for a core: compare changes to the prerendered markup, stylesheet and boot with this, and
 * keep firstFigure.ts as the target's measure. No CPU throttling (4× multiplies the thread's time).
 * Builds are measured interleaved. Usage: npx tsx bench/firstPaintCpu.ts [runs=7] [dist…] (default: dist/)
 */
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { ROOT, median, withPreviews } from './preview';

const RUNS = Number(process.argv[2] ?? 7);
const given = process.argv.slice(3).map((d) => resolve(d));
const DISTS = given.length > 0 ? given : [join(ROOT, 'dist')];
const PHASES = ['ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint'] as const;
type Phase = (typeof PHASES)[number] | 'total';

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string } };
};

async function main(): Promise<void> {
  await withPreviews(DISTS, async (browser, servers) => {
    const samples = servers.map(() => new Map<Phase, number[]>());
    for (let i = 0; i < RUNS; i++)
      for (const [b, s] of servers.entries()) {
        const cpuMs = await firstPaintCpuMs(browser, s.url);
        for (const [phase, v] of cpuMs) samples[b]!.set(phase, [...(samples[b]!.get(phase) ?? []), v]);
      }
    const baseTotal = median(samples[0]!.get('total') ?? []);
    for (const [b, s] of servers.entries()) {
      const phases = [...PHASES, 'total' as const].map((p) => `${p} ${median(samples[b]!.get(p) ?? []).toFixed(1)}`);
      const total = median(samples[b]!.get('total') ?? []);
      const ratio = b === 0 ? '' : `; first ÷ this = ${(baseTotal / total).toFixed(2)}`;
      console.log(`first paint, main-thread CPU ms (medians of ${RUNS}), ${s.dist}: ${phases.join(', ')}${ratio}`);
    }
  });
}

/**
 * One load's main-thread CPU (ms) by phase and in all tasks ('total'), from the document's commit to the
 * end of the paint that put the first figure on screen (its Element Timing, as bench/firstFigure.ts reads it).
 */
async function firstPaintCpuMs(browser: Browser, url: string): Promise<Map<Phase, number>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(`
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.identifier === 'first-figure' && window.__firstFigure === undefined) window.__firstFigure = e.renderTime;
    }).observe({ type: 'element', buffered: true });
  `);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'],
  });
  await page.goto(url);
  let firstFigureMs: number | undefined;
  for (let i = 0; i < 300 && firstFigureMs === undefined; i++) {
    await page.waitForTimeout(50);
    firstFigureMs = (await page.evaluate('window.__firstFigure')) as number | undefined;
  }
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  await context.close();
  if (firstFigureMs === undefined) throw new Error(`${url}: the first figure was never painted`);
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(url),
  );
  if (navigation === undefined) throw new Error(`${url}: no navigationStart in the trace`);
  const main = events
    .filter((e) => e.pid === navigation.pid && e.tid === navigation.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const figureUs = navigation.ts + firstFigureMs * 1000;
  const paint = main.filter((e) => e.name === 'Paint' && e.ts < figureUs).pop();
  if (paint === undefined) throw new Error(`${url}: no paint before the first figure in the trace`);
  const startUs =
    main.find((e) => e.name === 'DocumentLoader::CommitNavigation' && e.ts >= navigation.ts)?.ts ?? navigation.ts;
  const endUs = paint.ts + (paint.dur ?? 0);
  const cpuMs = new Map<Phase, number>([...PHASES, 'total' as const].map((p) => [p, 0]));
  for (const e of main) {
    if (e.ts < startUs || e.ts >= endUs) continue;
    const phase: Phase | undefined = e.name === 'RunTask' ? 'total' : PHASES.find((p) => p === e.name);
    if (phase !== undefined) cpuMs.set(phase, (cpuMs.get(phase) ?? 0) + (e.tdur ?? 0) / 1000);
  }
  return cpuMs;
}

await main();
