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

/**
 * Instance-based billing: every instance bills its whole lifetime, no request fee. Instances are
 * sized from peak traffic: `max(minInstances, ⌈peak RPS × duration / concurrency⌉)`, all month.
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
  // One instance absorbs `concurrency / duration` RPS at peak: SECONDS_PER_MONTH × that / peakToAverage requests a month.
  const requestsPerStep = dec(SECONDS_PER_MONTH)
    .times(m.concurrency)
    .times(1000)
    .div(w.durationMs)
    .div(w.peakToAverage);
  const rpsPerInstance = dec(m.concurrency).times(1000).div(w.durationMs);
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
      `${quantityText(members, 'instance')} (max(${system.minInstances}, ⌈${formatQuantity(r.div(SECONDS_PER_MONTH).times(w.peakToAverage), 3)} peak RPS / ${formatQuantity(rpsPerInstance, 3)} RPS per instance⌉)) × ${what} × ${formatQuantity(SECONDS_PER_MONTH)} s`,
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
