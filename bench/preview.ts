/** The built app served by `vite preview` for the browser benchmarks (bench/ui.ts, bench/editor.ts). */
import { type ChildProcess, spawn } from 'node:child_process';
import { type Browser, chromium } from '@playwright/test';
import { chromiumLaunchArgs, resolveChromiumPath } from '../e2e/chromium-path';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the benches run the built app from here). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The build to measure: `dist`, or another (`BENCH_DIST=/tmp/main-dist`, e.g. the previous commit's) to compare. */
export const DIST = process.env['BENCH_DIST'] ?? join(ROOT, 'dist');

/** `vite preview` of a built app (`outDir`: {@link DIST} by default, or another build's) on `port`, with the pages' headers. */
export function startPreview(port: number, outDir: string = DIST): ChildProcess {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
}

/** Resolves once `url` answers (vite preview has started), or throws after ten seconds. */
export async function waitForServer(url: string): Promise<void> {
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

/** A TCP port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, () => {
      const addr = s.address();
      s.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** One build being served: its folder and the URL of its index. */
export type Served = { readonly dist: string; readonly url: string };

/**
 * Serves each build on a port of its own, launches Chromium, runs `measure` once every server answers,
 * then closes the browser and stops the servers (whatever `measure` did). For benches that compare builds
 * interleaved in one run (bench/firstFigure.ts, bench/firstPaintCpu.ts).
 */
export async function withPreviews<T>(
  dists: readonly string[],
  measure: (browser: Browser, servers: readonly Served[]) => Promise<T>,
): Promise<T> {
  const servers = await Promise.all(
    dists.map(async (dist) => {
      const port = await freePort();
      return { dist, url: `http://localhost:${port}/`, process: startPreview(port, dist) };
    }),
  );
  const browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: [...chromiumLaunchArgs] });
  try {
    for (const s of servers) await waitForServer(s.url);
    return await measure(browser, servers);
  } finally {
    await browser.close();
    for (const s of servers) s.process.kill('SIGTERM');
  }
}

/** The `p` quantile of sorted samples (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

export function median(xs: readonly number[]): number {
  return percentile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
