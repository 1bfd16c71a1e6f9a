/**
 * The architecture editor's input-to-next-paint with 10 components (run `npm run build` first): a link
 * to the first template with components added up to 10 (bench/inputProbe.ts builds it in the app),
 * then typing into the last component's field (each keystroke re-prices the scenario), at 1× and 4×
 * CPU throttling, measured by Event Timing and the direct probe as bench/ui.ts does; target p95
 * ≤ 16 ms at 1×, ≤ 33 ms at 4×. The memory slider with this architecture is bench/ui.ts's section [1].
 * Usage: npx tsx bench/editor.ts [runs=3]
 */
import { type Browser, chromium } from '@playwright/test';
import { chromiumLaunchArgs, resolveChromiumPath } from '../e2e/chromium-path';
import {
  type Probe,
  architectureLink,
  collect,
  drive,
  instrument,
  openReady,
  probeMetrics,
  summary,
} from './inputProbe';
import { type Metric, reportMetrics } from './measure';
import { freePort, startPreview, waitForServer } from './preview';

const RUNS = Number(process.argv[2] ?? 3);

async function main(): Promise<void> {
  const metrics: Metric[] = [];
  const port = await freePort();
  const server = startPreview(port);
  const browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: [...chromiumLaunchArgs] });
  try {
    const url = `http://localhost:${port}/`;
    await waitForServer(url);
    const link = await architectureLink(browser, url, 10);
    for (const rate of [1, 4]) {
      const probes: Probe[] = [];
      for (let i = 0; i < RUNS; i++) probes.push(await typeInComponent(browser, link, rate));
      const what = `typing in a component's field, 10 components, ${rate}× CPU`;
      console.log(summary('[editor]', what, probes, rate));
      metrics.push(...probeMetrics(what, probes, rate));
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
  reportMetrics('editor', metrics);
}

async function typeInComponent(browser: Browser, link: string, rate: number): Promise<Probe> {
  const page = await openReady(browser, link, rate);
  try {
    const last = page.getByTestId('architecture-card').first().getByTestId('component').last();
    await last.getByRole('button', { name: /^Settings of/ }).click();
    const field = last.getByRole('textbox').nth(2);
    await field.waitFor();
    await page.waitForTimeout(500);
    await instrument(page);
    await drive(page, 'typing', field);
    await page.waitForTimeout(500 * rate);
    return await collect(page, true, 30);
  } finally {
    await page.context().close();
  }
}

await main();
