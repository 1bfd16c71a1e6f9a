import { dec } from '../../engine/decimal';
import { EngineError } from '../../engine/errors';
import { COMPUTE, type LineModel } from '../../engine/lines';
import { SECONDS_PER_MONTH } from '../../engine/model';
import type { GcpCloudRunSystem } from './kind';
import { formatQuantity } from '../../engine/money';
import { quantityText } from '../../engine/priceText';
import type { Price } from '../../engine/pricebook';
import type { ProviderContext } from '../../engine/context';
import { type CloudRunMapping, freeTierCredit } from './shared';
import type { Workload } from '../../engine/model';
import { memberCapacity } from '../capacity/capacity';

/**
 * Instance-based billing: every instance bills its whole lifetime, no request fee. Instances are
 * sized from peak traffic, `max(minInstances, ⌈peak RPS / capacity⌉)`, all month; the capacity is
 * the capacity model's (CPU at the target, memory, concurrency ÷ duration: `sizing: "workload"`)
 * or concurrency ÷ duration alone (`sizing: "concurrency"`, version 2's rule).
 */
export function cloudRunInstanceLines(
  ctx: ProviderContext,
  system: GcpCloudRunSystem,
  m: CloudRunMapping,
): LineModel[] {
  const p = m.tier.instance;
  if (!p)
    throw new EngineError(
      `${ctx.path}.billing`,
      `no instance-based Cloud Run prices for ${m.tierName} in ${m.prices.meta.id}`,
    );
  const w = ctx.workload;
  const { rpsPerInstance, requestsPerStep, why } = instanceCapacity(system, m, w);
  const fleet = (
    key: string,
    label: string,
    unit: string,
    perInstance: number | string,
    price: Price,
    what: string,
  ): LineModel => ({
    kind: 'fleet',
    key,
    tags: COMPUTE,
    label,
    unit,
    minCount: dec(system.minInstances),
    requestsPerStep,
    quantityPerMember: dec(perInstance).times(SECONDS_PER_MONTH),
    price,
    describe: (r, members) =>
      `${quantityText(members, 'instance')} (max(${system.minInstances}, ⌈${formatQuantity(r.div(SECONDS_PER_MONTH).times(w.peakToAverage), 3)} peak RPS / ${formatQuantity(rpsPerInstance, 3)} RPS per instance⌉)${why}) × ${what} × ${formatQuantity(SECONDS_PER_MONTH)} s`,
  });
  const lines: LineModel[] = [
    fleet('run-instance-vcpu', 'Cloud Run instances, CPU', 'vCPU-s', system.vcpu, p.vcpuSecond, `${system.vcpu} vCPU`),
    fleet(
      'run-instance-memory',
      'Cloud Run instances, memory',
      'GiB-s',
      m.memoryGib.toString(),
      p.gibSecond,
      m.memoryText,
    ),
  ];
  const t1 = m.prices.tiers.tier1?.instance;
  if (ctx.options.freeTier && t1) {
    const f = m.prices.rules.freeTier.instance;
    lines.push(
      freeTierCredit('run-free-vcpu', 'vCPU-s', f.vcpuSeconds, t1.vcpuSecond, ['run-instance-vcpu'], COMPUTE),
      freeTierCredit('run-free-memory', 'GiB-s', f.gibSeconds, t1.gibSecond, ['run-instance-memory'], COMPUTE),
    );
  }
  return lines;
}

function instanceCapacity(system: GcpCloudRunSystem, m: CloudRunMapping, w: Workload) {
  if (system.sizing === 'concurrency') {
    // Version 2's rule, kept in its exact arithmetic: one instance absorbs concurrency / duration RPS at peak.
    const requestsPerStep = dec(SECONDS_PER_MONTH)
      .times(m.concurrency)
      .times(1000)
      .div(w.durationMs)
      .div(w.peakToAverage);
    return { rpsPerInstance: dec(m.concurrency).times(1000).div(w.durationMs), requestsPerStep, why: '' };
  }
  const c = memberCapacity(
    {
      name: `${system.vcpu} vCPU / ${formatQuantity(m.memoryGib)} GiB instance`,
      noun: 'instance',
      vcpu: system.vcpu,
      memoryGib: m.memoryGib.toNumber(),
      maxConcurrency: m.concurrency,
    },
    w,
    system.targetUtilization,
  );
  const requestsPerStep = dec(SECONDS_PER_MONTH).times(c.rpsPerMember).div(w.peakToAverage);
  return { rpsPerInstance: c.rpsPerMember, requestsPerStep, why: `; capacity ${c.text}` };
}
