import type { ResolvedScenario, Workload } from '../../engine/model';
import type { PriceBook } from '../../engine/pricebook';
import type { ArchitectureSpec } from '../../kinds/architectureModel';
import type { ColdStartSubject, VariantPricer } from '../../kinds/aws-lambda/coldstart';
import { PING_DURATION_MS, priceVariant } from '../../kinds/aws-lambda/coldstart';
import { AWS_LAMBDA, type LambdaSystem } from '../../kinds/aws-lambda/kind';
import { lambdaWorkload } from '../../kinds/aws-lambda/ownWorkload';
import { CLOUDFLARE_WORKERS } from '../../kinds/cloudflare-workers/kind';
import { type ScenarioSystem, resolveSystem } from '../../kinds/schemas';
import {
  type ComputeFields,
  componentWorkload,
  splitComputeFields,
} from '../../scenario/architecture/computeComponent';
import { resolveArchitecture } from '../../scenario/architecture/resolve';
import type { WrittenArchitecture, WrittenComponent } from '../../scenario/architecture/schema';

/** The separator of a component's shown name: "<architecture> › <component>". */
export const COMPONENT_SEPARATOR = ' › ';

const NO_SERVER =
  'a server in place of one function of an architecture is not priced here: add an architecture with a server component to compare';

/**
 * Every Lambda component of the scenario's architectures as a function whose cold starts are priced.
 * Its workload is the one the architecture gives it (its own duration, memory and invocations per
 * entry request); each variant is the whole architecture with that component changed, priced through
 * the engine, so a mitigation's cost is the difference of two full architecture estimates — the
 * account's free tier and tiers shared with the other components as AWS shares them.
 */
export function componentSubjects(
  book: PriceBook,
  scenario: ResolvedScenario,
  written: readonly WrittenArchitecture[],
): ColdStartSubject[] {
  const out: ColdStartSubject[] = [];
  for (const a of written) {
    const spec = (scenario.architectures ?? []).find((x) => x.id === a.id) as ArchitectureSpec | undefined;
    if (!spec) continue;
    a.components.forEach((c, j) => {
      const resolved = spec.components[j];
      if (c.kind !== AWS_LAMBDA || !resolved?.volume) return;
      const perEntry = resolved.volume.perEntry;
      const { system: fields, component } = splitComputeFields(c);
      const system = resolveSystem(fields as ScenarioSystem) as LambdaSystem;
      const own = componentWorkload(scenario.workload, component as ComputeFields, perEntry);
      out.push({
        id: `${a.id}/${c.id}`,
        alternativeId: a.id,
        name: `${spec.name}${COMPONENT_SEPARATOR}${resolved.name}`,
        system,
        workload: lambdaWorkload(own, system.workload),
        variants: (w) => componentVariants(book, scenario, a, j, w, perEntry),
        serverWhy: NO_SERVER,
        breakeven: false,
        notes: [
          `Monthly is the whole ${spec.name} bill with ${resolved.name} changed; its difference from on-demand is this function's mitigation (two architecture estimates, the free tier and tiers shared with the other components). No provisioned-concurrency breakeven is solved for a component.`,
        ],
      });
    });
  }
  return out;
}

/** The variants of component `j` of `a`, each priced as the whole architecture. */
function componentVariants(
  book: PriceBook,
  scenario: ResolvedScenario,
  a: WrittenArchitecture,
  j: number,
  onDemand: Workload,
  perEntry: number,
): VariantPricer {
  const c = a.components[j]!;
  const { provisionedConcurrency: _pc, snapStart: _snap, ...rest } = c;
  const cold = (coldStartRate: number, initDurationMs: number): WrittenComponent => {
    const own = rest['workload'] as Record<string, unknown> | undefined;
    return {
      ...rest,
      coldStartRate,
      initDurationMs,
      ...(own ? { workload: { ...own, coldStartRate, initDurationMs } } : {}),
    };
  };
  const price = (components: readonly WrittenComponent[]) =>
    priceVariant(book, scenario, scenario.workload, {
      architectures: [resolveArchitecture({ ...a, components: [...components] })],
    });
  const replaced = (x: WrittenComponent, ...more: WrittenComponent[]) =>
    price([...a.components.slice(0, j), x, ...a.components.slice(j + 1), ...more]);
  return {
    lambda: ({ initDurationMs, ...settings }) =>
      replaced({ ...cold(onDemand.coldStartRate, initDurationMs ?? onDemand.initDurationMs), ...settings }),
    edge: () => replaced(onWorkers(c, onDemand, perEntry)),
    pinged: (pings, coldStartRate) => {
      const entries = scenario.workload.requestsPerMonth;
      const ids = new Set(a.components.map((x) => x.id));
      let id = `${c.id}-keep-warm`;
      for (let n = 2; ids.has(id); n++) id = `${c.id}-keep-warm-${n}`;
      const pinger: WrittenComponent = {
        ...cold(0, onDemand.initDurationMs),
        id,
        name: `${c.name ?? c.id} keep-warm pings`,
        frontDoor: 'none',
        durationMs: PING_DURATION_MS,
        cpuMs: PING_DURATION_MS,
        perRequest: { invocations: entries > 0 ? pings / entries : 0 },
      };
      const { triggeredBy: _t, batchSize: _b, workload: _w, ...entry } = pinger;
      return replaced(cold(coldStartRate, onDemand.initDurationMs), entry as WrittenComponent);
    },
  };
}

/** The component on Cloudflare Workers: the same requests per entry request, duration and CPU time. */
function onWorkers(c: WrittenComponent, w: Workload, perEntry: number): WrittenComponent {
  return {
    id: c.id,
    ...(c.name !== undefined ? { name: c.name } : {}),
    ...(c.triggeredBy !== undefined ? { triggeredBy: c.triggeredBy } : {}),
    kind: CLOUDFLARE_WORKERS,
    perRequest: { requests: perEntry },
    durationMs: w.durationMs,
    cpuMs: w.cpuMs,
    memoryMb: w.memoryMb,
    requestKb: w.requestKb,
    responseKb: w.responseKb,
  };
}
