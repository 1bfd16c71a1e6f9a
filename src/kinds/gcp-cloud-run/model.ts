import { type Decimal, ZERO, dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE, type LineModel } from '../../engine/lines';
import { SECONDS_PER_MONTH } from '../../engine/model';
import type { GcpCloudRunSystem } from './kind';
import { formatQuantity } from '../../engine/money';
import { type Piecewise, affine, compose, evaluate, scale } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { billedMs, type ProviderContext, requireService } from '../../engine/context';
import { busyInstanceSeconds, busyRuleText } from '../../engine/busyTime';
import type { KindLines, KindModel } from '../kindModel';
import { cloudRunInstanceLines } from './instance';
import { CLOUD_RUN_SERVICE } from './kind';
import { type CloudRunMapping, freeTierCredit, memoryGibOf, metered } from './shared';

/** Google Cloud Run (Cloud Run functions bill the same): request-based or instance-based billing. */
export const gcpCloudRunModel: KindModel<GcpCloudRunSystem> = {
  model: cloudRunLines,
  // Google's committed-use discounts cover Cloud Run compute.
  discount: { savingsPlan: true, url: 'https://cloud.google.com/docs/cuds' },
};

function cloudRunLines(ctx: ProviderContext, system: GcpCloudRunSystem): KindLines {
  const prices = requireService(ctx, CLOUD_RUN_SERVICE, `${ctx.path}.kind`);
  const tierNo = prices.rules.regionTiers[system.region];
  if (tierNo === undefined) {
    throw new EngineError(
      `${ctx.path}.region`,
      `unknown Cloud Run region "${system.region}" in ${prices.meta.id}; known: ${Object.keys(prices.rules.regionTiers).join(', ')}`,
    );
  }
  const tier = prices.tiers[tierNo === 1 ? 'tier1' : 'tier2'];
  if (!tier)
    throw new EngineError(
      `${ctx.path}.region`,
      `no Tier ${tierNo} Cloud Run prices in ${prices.meta.id} (${system.region} is Tier ${tierNo})`,
    );
  const w = ctx.workload;
  const memoryGib = memoryGibOf(system, w.memoryMb);
  const concurrency = system.concurrency ?? prices.rules.defaultConcurrency;
  const sparseMs = billedMs(w.durationMs, prices.rules.granularityMs);
  const memText =
    system.memoryGib !== undefined
      ? `${formatQuantity(memoryGib)} GiB`
      : `${w.memoryMb} MB → ${formatQuantity(memoryGib)} GiB`;
  const m: CloudRunMapping = {
    prices,
    tier,
    tierName: `Tier ${tierNo}`,
    memoryGib,
    memoryText:
      system.memoryGib !== undefined
        ? `${formatQuantity(memoryGib)} GiB`
        : `${formatQuantity(memoryGib)} GiB (${w.memoryMb} MB / 1024)`,
    concurrency,
    mappingText: `${memText}; ${system.vcpu} vCPU; ${formatQuantity(w.durationMs)} ms billed as ${formatQuantity(sparseMs)} ms; ${concurrency} concurrent per instance`,
  };
  const lines =
    system.billing === 'request' ? requestLines(ctx, system, m, sparseMs) : cloudRunInstanceLines(ctx, system, m);
  const notes = [`${system.region} (${m.tierName}), ${system.billing}-based billing: ${m.mappingText}.`];
  return { lines, notes, attach: { cloud: 'gcp', region: system.region } };
}

function requestLines(
  ctx: ProviderContext,
  system: GcpCloudRunSystem,
  m: CloudRunMapping,
  sparseMs: Decimal,
): LineModel[] {
  const p = m.tier.request;
  if (!p)
    throw new EngineError(
      `${ctx.path}.billing`,
      `no request-based Cloud Run prices for ${m.tierName} in ${m.prices.meta.id}`,
    );
  const d = ctx.workload.durationMs;
  const busy = busyInstanceSeconds(sparseMs.div(1000), dec(d).div(1000).div(m.concurrency));
  const rule = busyRuleText(d, m.concurrency, sparseMs);
  const vcpu = dec(system.vcpu);
  const busyText = (r: Decimal) => `${rule} = ${formatQuantity(evaluate(busy, r), 3)} s`;
  const lines: LineModel[] = [
    metered(
      'run-vcpu',
      'Cloud Run CPU (while serving)',
      'vCPU-s',
      scale(busy, vcpu),
      p.vcpuSecond,
      (r, q) => `${busyText(r)} × ${system.vcpu} vCPU = ${quantityText(q, 'vCPU-s')}`,
      COMPUTE,
    ),
    metered(
      'run-memory',
      'Cloud Run memory (while serving)',
      'GiB-s',
      scale(busy, m.memoryGib),
      p.gibSecond,
      (r, q) => `${busyText(r)} × ${m.memoryText} = ${quantityText(q, 'GiB-s')}`,
      COMPUTE,
    ),
    metered('run-requests', 'Cloud Run requests', 'request', affine(0, 1), p.requests, (_r, q) =>
      quantityText(q, 'request'),
    ),
  ];
  if (system.minInstances > 0) {
    if (!p.idleVcpuSecond || !p.idleGibSecond)
      throw new EngineError(
        `${ctx.path}.minInstances`,
        `no idle minimum-instance prices for ${m.tierName} in ${m.prices.meta.id}`,
      );
    const kept = dec(system.minInstances).times(SECONDS_PER_MONTH);
    // Idle = the minimum instances' month less the time they serve: max(0, min × month − busy).
    const idle: Piecewise = compose(
      [
        { to: kept, a: kept, b: dec(-1) },
        { to: null, a: ZERO, b: ZERO },
      ],
      busy,
    );
    const idleText = (r: Decimal) =>
      `max(0, ${system.minInstances} min instances × ${formatQuantity(SECONDS_PER_MONTH)} s − ${formatQuantity(evaluate(busy, r), 3)} s busy) = ${formatQuantity(evaluate(idle, r), 3)} s idle`;
    lines.push(
      metered(
        'run-idle-vcpu',
        'Cloud Run idle minimum instances, CPU',
        'vCPU-s',
        scale(idle, vcpu),
        p.idleVcpuSecond,
        (r, q) => `${idleText(r)} × ${system.vcpu} vCPU = ${quantityText(q, 'vCPU-s')}`,
        COMPUTE,
      ),
      metered(
        'run-idle-memory',
        'Cloud Run idle minimum instances, memory',
        'GiB-s',
        scale(idle, m.memoryGib),
        p.idleGibSecond,
        (r, q) => `${idleText(r)} × ${m.memoryText} = ${quantityText(q, 'GiB-s')}`,
        COMPUTE,
      ),
    );
  }
  const t1 = m.prices.tiers.tier1?.request;
  if (ctx.options.freeTier && t1) {
    const f = m.prices.rules.freeTier.request;
    lines.push(
      freeTierCredit(
        'run-free-vcpu',
        'vCPU-s',
        f.vcpuSeconds,
        t1.vcpuSecond,
        system.minInstances > 0 ? ['run-vcpu', 'run-idle-vcpu'] : ['run-vcpu'],
        COMPUTE,
      ),
      freeTierCredit(
        'run-free-memory',
        'GiB-s',
        f.gibSeconds,
        t1.gibSecond,
        system.minInstances > 0 ? ['run-memory', 'run-idle-memory'] : ['run-memory'],
        COMPUTE,
      ),
      freeTierCredit('run-free-requests', 'request', f.requests, t1.requests, ['run-requests']),
    );
  }
  return lines;
}
