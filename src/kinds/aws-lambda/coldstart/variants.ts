import { pct } from './outcome';
import { pcAllMonth, pcScheduled } from './pcVariants';
import { type VariantContext, WARM, row, unavailable } from './variantContext';
import type { Mitigation } from './mitigations';
import { RUNTIME_COLD_STARTS, WORKERS_COLD_START } from './runtimes';
import { keepWarm } from './keepWarm';

/** AWS: SnapStart improves startup performance "by up to 10x" (What's New, 2022-11-28). */
const SNAPSTART_SPEEDUP = 10;

/** Every mitigation after on-demand, each priced as a modified scenario. */
export function otherMitigations(c: VariantContext): Mitigation[] {
  return [pcAllMonth(c), pcScheduled(c), snapStart(c), keepWarm(c), lighterRuntime(c), edge(c), server(c)];
}

/**
 * SnapStart: a snapshot restored instead of INIT, priced by the Lambda model's SnapStart lines (cache for
 * one version all month, a restore per cold start). Its latency: AWS says SnapStart improves startup
 * "by up to 10x" (What's New, 2022-11-28), so the restore is taken as a tenth of the cold start —
 * a best case.
 */
function snapStart(c: VariantContext): Mitigation {
  const label = 'SnapStart';
  if (!c.runtime.snapStart)
    return unavailable('snapstart', label, `not offered for ${c.runtime.label} (Java, Python and .NET only)`);
  const restore = { medianMs: c.latency.medianMs / SNAPSTART_SPEEDUP, p99Ms: c.latency.p99Ms / SNAPSTART_SPEEDUP };
  const priced = c.variants.lambda({ snapStart: { restoreRate: c.rate, activeHoursPerMonth: 730, versions: 1 } });
  return row(
    c,
    'snapstart',
    label,
    `one version cached 730 h; ${pct(c.rate)} of invocations restore a snapshot (${round1(restore.medianMs)} ms, p99 ${round1(restore.p99Ms)} ms) instead of INIT`,
    priced,
    c.rate,
    restore,
    ['Restore latency is a tenth of the cold start: AWS\'s "up to 10x" faster startup, a best case.'],
  );
}

function lighterRuntime(c: VariantContext): Mitigation {
  const label = 'Lighter runtime';
  const lightest = [...RUNTIME_COLD_STARTS].sort((a, b) => a.p99Ms - b.p99Ms)[0]!;
  if (lightest.p99Ms >= c.latency.p99Ms)
    return unavailable(
      'lighter-runtime',
      label,
      `no runtime in the table starts faster than ${c.latency.p99Ms} ms at p99`,
    );
  const priced = c.variants.lambda({ initDurationMs: lightest.medianMs });
  return row(
    c,
    'lighter-runtime',
    label,
    `${lightest.label}: cold starts ${lightest.medianMs} ms (p99 ${lightest.p99Ms} ms), INIT billed ${lightest.medianMs} ms`,
    priced,
    c.rate,
    lightest,
    ['A rewrite: its engineering cost is not priced, and the same duration is assumed.'],
  );
}

function edge(c: VariantContext): Mitigation {
  const label = 'Edge platform (Cloudflare Workers)';
  const priced = c.variants.edge();
  return row(
    c,
    'edge',
    label,
    'the same traffic on Workers (Standard, billed on the workload’s CPU time)',
    priced,
    c.rate,
    WORKERS_COLD_START,
    [
      'Workers\' cold start is the brief\'s "<1 ms" (secondary); a port to the Workers runtime, whose CPU limits apply.',
    ],
  );
}

function server(c: VariantContext): Mitigation {
  const label = 'A server';
  if (c.serverWhy !== null) return unavailable('server', label, c.serverWhy);
  const best = c.cheapestServer();
  if (!best)
    return unavailable(
      'server',
      label,
      'the scenario has no server system (EC2, Fargate, Compute Engine, Azure VM) to price',
    );
  const name = best.system.name ?? best.system.id;
  return row(
    c,
    'server',
    label,
    `${name}: the scenario's cheapest server system, always on`,
    { ok: true, monthlyUsd: best.usd },
    0,
    WARM,
  );
}

function round1(x: number): string {
  return String(Math.round(x * 10) / 10);
}
