/**
 * UI benchmarks in Chromium against the built app (run `npm run build` first; this builds nothing):
 *  1. input-to-next-paint while dragging the memory slider with the five default systems
 *     (Event Timing API, durationThreshold 16 ms, plus a direct input→paint measure for the events
 *     Event Timing does not report because they were faster than 16 ms) — target p95 ≤ 24 ms;
 *  2. first figure on screen at 4× CPU throttling: bench/firstFigure.ts (the default page and a shared link);
 *  3. gzip size of the JavaScript before the first figure (entry chunk + static imports, no lazy chunks) of
 *     the calculator (target ≤ 120 KB) and of the embed (target ≤ 60 KB): bench/jsSize.ts, also runnable alone.
 * Usage: npx tsx bench/ui.ts [runs=3]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from '@playwright/test';
import { chromiumLaunchArgs, resolveChromiumPath } from '../e2e/chromium-path';
import { JS_TARGETS_KB, pageJs, pageJsReport } from './jsSize';
import { type Metric, lowerIsBetter, reportMetrics } from './measure';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
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
    for (const mode of ['keys', 'mouse'] as const) {
      const drags: DragResult[] = [];
      for (let i = 0; i < RUNS; i++) drags.push(await dragMemory(browser, url, mode));
      for (const [i, d] of drags.entries()) {
        const slow = d.slowEntries.length ? ` (${d.slowEntries.join(', ')} ms)` : '';
        console.log(
          `    ${mode} drag ${i + 1}: ${d.inputs} inputs; Event Timing: ${d.slowEntries.length} ${mode === 'keys' ? 'keydown' : 'input'} entries ≥ 16 ms${slow}; ` +
            `direct input→paint p50 ${ms(d.direct.p50)}, p95 ${ms(d.direct.p95)}, max ${ms(d.direct.max)}`,
        );
      }
      const et =
        mode === 'keys'
          ? `Event Timing p50 ${etLabel(median(drags.map((d) => d.eventTimingP50)))}, p95 ${etLabel(median(drags.map((d) => d.eventTimingP95)))}; `
          : '';
      console.log(
        `[1] input-to-next-paint, memory slider by ${mode}, 5 systems, medians of ${RUNS} drags: ${et}` +
          `direct p50 ${ms(median(drags.map((d) => d.direct.p50)))}, p95 ${ms(median(drags.map((d) => d.direct.p95)))}; target p95 ≤ 24 ms`,
      );
      metrics.push(...dragMetrics(mode, drags));
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
  reportMetrics('ui', metrics);
}

/** A drag mode's medians for the comparison; Event Timing's "< 16 ms" counts as 16 so a ratio stays finite. */
function dragMetrics(mode: 'keys' | 'mouse', drags: readonly DragResult[]): Metric[] {
  const out = [
    lowerIsBetter(`slider by ${mode}: direct input→paint p50`, median(drags.map((d) => d.direct.p50)), 'ms'),
    lowerIsBetter(`slider by ${mode}: direct input→paint p95`, median(drags.map((d) => d.direct.p95)), 'ms', 24),
  ];
  if (mode === 'keys') {
    const p95 = Math.max(16, median(drags.map((d) => d.eventTimingP95)));
    out.push(lowerIsBetter('slider by keys: Event Timing p95 (floor 16)', p95, 'ms', 24));
  }
  return out;
}

type DragResult = {
  /** Input events the drag produced (each one a new memory value). */
  inputs: number;
  /** Event Timing entries ≥ 16 ms for the interaction's events (keydown for keys, input for the mouse). */
  slowEntries: number[];
  eventTimingP50: number;
  eventTimingP95: number;
  /** Input event → the task after the next frame's paint, measured in the page, for every input. */
  direct: { p50: number; p95: number; max: number };
};

/**
 * Drags the memory slider with the mouse across its track and back, or holds an arrow key on it
 * (80 steps either way, one every ~16 ms, like a hand). Chromium's Event Timing reports discrete
 * events (keydown, pointerdown) but not the input events a pointer drag fires, so a mouse drag is
 * measured directly; a key drag is measured both ways.
 */
async function dragMemory(browser: Browser, url: string, mode: 'mouse' | 'keys'): Promise<DragResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('breakeven-chart').locator('.recharts-line').first().waitFor();
  const slider = page.getByRole('slider', { name: 'Memory (slider)' });
  await slider.scrollIntoViewIfNeeded();
  // In-page code is passed as text: tsx would wrap named functions in a helper the page lacks.
  await page.evaluate(`
    window.__et = [];
    window.__direct = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__et.push({ name: e.name, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16 });
    document.addEventListener('input', (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__direct.push(performance.now() - start);
        ch.port2.postMessage(null);
      });
    }, true);
  `);
  const steps = 40;
  if (mode === 'mouse') {
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    const x0 = box.x + 4;
    const x1 = box.x + box.width - 4;
    await page.mouse.move(x0, y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(x0 + ((x1 - x0) * i) / steps, y);
      await page.waitForTimeout(16);
    }
    for (let i = steps - 1; i >= 0; i--) {
      await page.mouse.move(x0 + ((x1 - x0) * i) / steps, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  } else {
    await slider.focus();
    for (const key of ['ArrowRight', 'ArrowLeft']) {
      for (let i = 0; i < steps; i++) {
        await page.keyboard.press(key);
        await page.waitForTimeout(16);
      }
    }
  }
  await page.waitForTimeout(500);
  const { et, direct } = (await page.evaluate('({ et: window.__et, direct: window.__direct })')) as {
    et: { name: string; duration: number }[];
    direct: number[];
  };
  await context.close();
  const inputs = direct.length;
  if (inputs < 50) throw new Error(`only ${inputs} input events: the drag did not move the slider`);
  const slow = et.filter((e) => e.name === (mode === 'keys' ? 'keydown' : 'input')).map((e) => e.duration);
  // Events under 16 ms are not reported: they rank below every reported one; a percentile that falls among them is "< 16 ms".
  const ranked = [...slow, ...Array<number>(Math.max(0, inputs - slow.length)).fill(0)].sort((a, b) => a - b);
  const sortedDirect = [...direct].sort((a, b) => a - b);
  return {
    inputs,
    slowEntries: slow,
    eventTimingP50: percentile(ranked, 0.5),
    eventTimingP95: percentile(ranked, 0.95),
    direct: {
      p50: percentile(sortedDirect, 0.5),
      p95: percentile(sortedDirect, 0.95),
      max: sortedDirect[sortedDirect.length - 1] ?? 0,
    },
  };
}

function startPreview(port: number): ChildProcess {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return spawn(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not start at ${url}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, () => {
      const addr = s.address();
      s.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}
function median(xs: readonly number[]): number {
  return percentile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
}
const ms = (n: number) => `${n.toFixed(1)} ms`;
const etLabel = (n: number) => (n === 0 ? '< 16 ms' : ms(n));

await main();
