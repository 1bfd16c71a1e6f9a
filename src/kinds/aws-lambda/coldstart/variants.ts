import type { Decimal } from '../../../engine/decimal';
import type { SystemBase, Workload } from '../../../engine/model';
import { AWS_EC2 } from '../../aws-ec2/kind';
import { AWS_FARGATE } from '../../aws-fargate/kind';
import { AZURE_VM } from '../../azure-vm/kind';
import { CLOUDFLARE_WORKERS } from '../../cloudflare-workers/kind';
import { GCP_COMPUTE } from '../../gcp-compute/kind';
import type { LambdaSystem } from '../kind';
import { pct } from './outcome';
import { pcAllMonth, pcScheduled } from './pcVariants';
import { type VariantContext, WARM, row, unavailable } from './variantContext';
import type { Mitigation } from './mitigations';
import { modelColdStartRate } from './rate';
import { RUNTIME_COLD_STARTS, WORKERS_COLD_START } from './runtimes';
import { PING_DURATION_MS } from './settings';
import { priceVariant, withPings } from './price';

/** Kinds that run on servers, always on: no cold start once running. */
const SERVER_KINDS: readonly string[] = [AWS_EC2, AWS_FARGATE, AZURE_VM, GCP_COMPUTE];

/** Every mitigation after on-demand, each priced as a modified scenario. */
export function otherMitigations(c: VariantContext): Mitigation[] {
  return [pcAllMonth(c), pcScheduled(c), snapStart(c), keepWarm(c), lighterRuntime(c), edge(c), server(c)];
}

function snapStart(c: VariantContext): Mitigation {
  const label = 'SnapStart';
  if (!c.runtime.snapStart)
    return unavailable('snapstart', label, `not offered for ${c.runtime.label} (Java, Python and .NET only)`);
  return unavailable(
    'snapstart',
    label,
    'not priced yet: SnapStart cache and restore rates are not in the Lambda price files',
  );
}

function keepWarm(c: VariantContext): Mitigation {
  const label = 'Keep-warm pings';
  const every = c.settings.pingIntervalMinutes;
  const r = c.workload.requestsPerMonth;
  if (r <= 0) return unavailable('keep-warm', label, 'no traffic to keep warm for');
  const pings = Math.ceil((730 * 60) / every);
  const keeps = every <= c.settings.keepAliveMinutes;
  const pinged = modelColdStartRate({
    ...c.scenario.workload,
    keepAliveMinutes: c.settings.keepAliveMinutes,
    keptWarm: keeps ? 1 : 0,
  });
  // A measured or given rate is scaled by what the model says one warm instance removes.
  const after =
    c.source === 'modelled' ? pinged.rate : c.model.rate > 0 ? c.rate * (pinged.rate / c.model.rate) : c.rate;
  const fn: LambdaSystem = c.system;
  const arch = withPings(fn, pings, r, { ...c.workload, durationMs: PING_DURATION_MS, coldStartRate: 0 });
  const priced = priceVariant(c.book, c.scenario, { ...c.workload, coldStartRate: after }, { architectures: [arch] });
  const notes = [
    `Each ping keeps ONE instance warm, not the peak (${c.model.peakConcurrency.toFixed(2)} instances): concurrent requests beyond it still start cold.`,
    `Pings are priced as ${PING_DURATION_MS} ms invocations of the same function; the scheduler that sends them (EventBridge Scheduler) is not priced.`,
    ...(keeps
      ? []
      : [
          `A ping every ${every} min is longer than the ${c.settings.keepAliveMinutes}-min keep-alive: it keeps nothing warm.`,
        ]),
  ];
  return row(
    c,
    'keep-warm',
    label,
    `${pings.toLocaleString('en-US')} pings a month (one every ${every} min); ${pct(after)} still start cold`,
    priced,
    after,
    c.latency,
    notes,
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
  const workload: Workload = { ...c.workload, initDurationMs: lightest.medianMs };
  const priced = priceVariant(c.book, c.scenario, workload, { systems: [c.system] });
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
  const workers: SystemBase & { staticAssetShare: number } = {
    id: 'edge',
    name: 'Cloudflare Workers',
    kind: CLOUDFLARE_WORKERS,
    staticAssetShare: 0,
  };
  const priced = priceVariant(c.book, c.scenario, c.workload, { systems: [workers] });
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
  let best: { system: SystemBase; usd: Decimal } | null = null;
  for (const s of c.scenario.systems) {
    if (!SERVER_KINDS.includes(s.kind)) continue;
    const priced = priceVariant(c.book, c.scenario, c.scenario.workload, { systems: [s] });
    if (priced.ok && (best === null || priced.monthlyUsd.lt(best.usd))) best = { system: s, usd: priced.monthlyUsd };
  }
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
