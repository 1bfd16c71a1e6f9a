import { type Decimal, type ProviderContext, dec, formatQuantity } from '../../engine';
import {
  ARCHITECTURE_KIND,
  type ArchitectureSpec,
  type PartLines,
  type ResolvedComponent,
} from '../../kinds/architectureModel';
import { COMPONENT_KINDS } from '../../kinds/componentKinds';
import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import { LAMBDA_LOG_KB_PER_INVOCATION, lambdaLogLines } from '../../kinds/aws-cloudwatch-logs/lambdaLogs';
import { resolveSystem } from '../../kinds/schemas';
import type { ScenarioSystem } from '../../kinds/schemas';
import { type ComputeFields, computeLines, splitComputeFields, volumeUnitOf } from './computeComponent';
import type { WrittenArchitecture, WrittenComponent } from './schema';

const SERVICES = new Map(COMPONENT_KINDS.map((k) => [k.kind, k] as const));
const NO_LINES = (): PartLines => ({ lines: [], notes: [] });

/** What reaches a component per entry request (exact: a batch of 3 is a third), and how it was found. */
type Volume = { readonly perEntry: Decimal; readonly how: string };

/**
 * Fills an architecture's defaults and wires its volumes: a compute component without an explicit
 * `perRequest` receives what its trigger emits per entry request (an SQS queue's messages, an SNS
 * topic's deliveries, an API's calls, another function's invocations) divided by its batch size, or
 * one per entry request when nothing triggers it (the entry point). Each derived volume says how.
 */
export function resolveArchitecture(a: WrittenArchitecture): ArchitectureSpec {
  const byId = new Map(a.components.map((c) => [c.id, c] as const));
  const emitted = new Map<string, Volume>();
  const emitsOf = (id: string): Volume => {
    const known = emitted.get(id);
    if (known) return known;
    const c = byId.get(id)!;
    const service = SERVICES.get(c.kind);
    const out = service
      ? { perEntry: dec(service.emits?.(service.resolve(c)) ?? 0), how: `${nameOf(c)} emits` }
      : computeVolume(c, emitsOf);
    emitted.set(id, out);
    return out;
  };
  return {
    id: a.id,
    name: a.name ?? a.id,
    kind: ARCHITECTURE_KIND,
    components: a.components.map((c): ResolvedComponent => {
      const base = { id: c.id, name: nameOf(c), kind: c.kind, triggeredBy: c.triggeredBy ?? null };
      const service = SERVICES.get(c.kind);
      if (service) {
        const resolved = service.resolve(c);
        return { ...base, volume: null, lines: (ctx) => service.model(ctx, resolved) };
      }
      const { system, component } = splitComputeFields(c);
      const volume = computeVolume(c, emitsOf);
      const fields = component as ComputeFields;
      const spec = resolveSystem(system as ScenarioSystem);
      return {
        ...base,
        volume: { perEntry: volume.perEntry.toNumber(), unit: volumeUnitOf(c.kind), how: volume.how },
        lines: computeLines(spec, fields, volume.perEntry, c.kind === AWS_LAMBDA ? logsOf(fields, volume) : NO_LINES),
      };
    }),
  };
}

function nameOf(c: WrittenComponent): string {
  return c.name ?? c.id;
}

/** A compute component's volume per entry request, and how it was found (for the trace). */
function computeVolume(c: WrittenComponent, emitsOf: (id: string) => Volume): Volume {
  const unit = volumeUnitOf(c.kind);
  const f = c as unknown as ComputeFields;
  const explicit = f.perRequest?.[unit];
  if (explicit !== undefined) return { perEntry: dec(explicit), how: `${explicit} ${unit} per entry request (given)` };
  if (c.triggeredBy === undefined) return { perEntry: dec(1), how: `1 ${unit} per entry request (the entry point)` };
  const trigger = emitsOf(c.triggeredBy);
  const batch = f.batchSize ?? 1;
  const perEntry = trigger.perEntry.div(batch);
  const by = batch === 1 ? '' : ` ÷ batch size ${batch}`;
  return {
    perEntry,
    how: `${formatQuantity(trigger.perEntry)} per entry request from ${c.triggeredBy}${by} = ${formatQuantity(perEntry)} ${unit} per entry request`,
  };
}

/** A function's own CloudWatch Logs (START, END, REPORT and its app logs), pooled with the architecture's other log groups. */
function logsOf(fields: ComputeFields, volume: Volume): (ctx: ProviderContext) => PartLines {
  const kb = fields.logKbPerInvocation ?? LAMBDA_LOG_KB_PER_INVOCATION;
  return (ctx) => ({
    lines: lambdaLogLines(ctx, { kbPerInvocation: kb, invocationsPerEntry: volume.perEntry }),
    notes:
      fields.logKbPerInvocation === undefined && kb > 0
        ? [
            `logs: ${kb} KB per invocation assumed (its platform lines; set logKbPerInvocation for app logs, 0 for none)`,
          ]
        : [],
  });
}
