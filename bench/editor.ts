/**
 * The architecture editor's input-to-next-paint with 10 components (run `npm run build` first): a
 * template, components added from the palette up to 10 in its first architecture, then typing into
 * one component's field (each keystroke re-prices the scenario) and dragging the workload's memory
 * slider. Measured directly in the page, input event → the task after the next frame's paint, as
 * bench/ui.ts does; target p95 ≤ 24 ms.
 * Usage: npx tsx bench/editor.ts [runs=3]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from '@playwright/test';
import { chromiumLaunchArgs, resolveChromiumPath } from '../e2e/chromium-path';
import { type Metric, lowerIsBetter, reportMetrics } from './measure';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.argv[2] ?? 3);
const COMPONENTS = 10;

async function main(): Promise<void> {
  const port = await freePort();
  const server = startPreview(port);
  const browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: [...chromiumLaunchArgs] });
  try {
    const url = `http://localhost:${port}/`;
    await waitForServer(url);
    const metrics: Metric[] = [];
    for (const mode of ['typing', 'slider'] as const) {
      const p95s: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const d = await run(browser, url, mode);
        p95s.push(d.p95);
        console.log(`    ${mode} ${i + 1}: ${d.n} inputs, p50 ${ms(d.p50)}, p95 ${ms(d.p95)}, max ${ms(d.max)}`);
      }
      console.log(
        `[editor] input-to-next-paint, ${mode}, ${COMPONENTS} components: median p95 ${ms(median(p95s))}; target ≤ 24 ms`,
      );
      metrics.push(lowerIsBetter(`${mode}, ${COMPONENTS} components: input→paint p95`, median(p95s), 'ms', 24));
    }
    reportMetrics('editor', metrics);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

async function run(browser: Browser, url: string, mode: 'typing' | 'slider') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('result-row').first().waitFor();
  await page.getByTestId('template').first().click();
  const card = page.getByTestId('architecture-card').first();
  await card.waitFor();
  const palette = ['AWS Lambda', 'Amazon SQS queue', 'AWS Lambda', 'Amazon DynamoDB table', 'Amazon S3 bucket'];
  for (let i = 0; (await card.getByTestId('component').count()) < COMPONENTS; i++) {
    await card.getByLabel('Component to add').selectOption({ label: palette[i % palette.length]! });
    await card.getByRole('button', { name: /^Add component/ }).click();
  }
  const last = card.getByTestId('component').last();
  await last.getByRole('button', { name: /^Settings of/ }).click();
  await page.waitForTimeout(500);
  await instrument(page);
  if (mode === 'typing') {
    const field = last.getByRole('textbox').nth(2);
    await field.scrollIntoViewIfNeeded();
    await field.click();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press(i % 2 === 0 ? '1' : 'Backspace');
      await page.waitForTimeout(16);
    }
  } else {
    const slider = page.getByRole('slider', { name: 'Memory (slider)' });
    await slider.focus();
    for (const key of ['ArrowRight', 'ArrowLeft'])
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press(key);
        await page.waitForTimeout(16);
      }
  }
  await page.waitForTimeout(500);
  const direct = ((await page.evaluate('window.__direct')) as number[]).sort((a, b) => a - b);
  await context.close();
  if (direct.length < 30) throw new Error(`only ${direct.length} input events`);
  return {
    n: direct.length,
    p50: percentile(direct, 0.5),
    p95: percentile(direct, 0.95),
    max: direct[direct.length - 1] ?? 0,
  };
}

/** Input event → the task after the next frame's paint, for every input (code as text: the page has no tsx helpers). */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(`
    window.__direct = [];
    document.addEventListener('input', (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => window.__direct.push(performance.now() - start);
        ch.port2.postMessage(null);
      });
    }, true);
  `);
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

await main();
