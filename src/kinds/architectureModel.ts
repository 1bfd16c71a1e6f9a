import type { LimitFinding, LineModel, ModelPart, ProviderContext, SystemBase, SystemModel } from '../engine';
import { ZERO } from '../engine/decimal';
import { poolLines } from '../engine/pools';

/** The kind of an alternative that is a whole architecture (scenario `architectures`), priced as one bill. */
export const ARCHITECTURE_KIND = 'architecture';

/** A component's lines as functions of the architecture's entry requests, and what a reader should know. */
export type PartLines = {
  readonly lines: readonly LineModel[];
  readonly notes: readonly string[];
  /** Platform limits the component's workload runs into (a function's duration over its timeout). */
  readonly limits?: readonly LimitFinding[];
};

/**
 * One resolved component: its identity and how to price it. `lines` is built when the scenario is
 * resolved (src/scenario/architecture), so this pure model never needs a kind's schema: it only
 * composes, prefixes and pools.
 */
export type ResolvedComponent = {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly triggeredBy: string | null;
  /** Its volume per entry request where the diagram shows one (invocations, requests), and how it was found. */
  readonly volume: { readonly perEntry: number; readonly unit: string; readonly how: string } | null;
  readonly lines: (ctx: ProviderContext) => PartLines;
};

/** An architecture as the engine prices it: an alternative like a system, made of components. */
export type ArchitectureSpec = SystemBase & {
  readonly kind: typeof ARCHITECTURE_KIND;
  readonly name: string;
  readonly components: readonly ResolvedComponent[];
};

/**
 * Prices an architecture as one bill: every component's lines (already in entry requests), keyed
 * `<component>/<line>` and labelled with the component's name, then the lines AWS meters per
 * account merged by their `pool` (one free tier and one set of tiers for all its functions, queues,
 * topics). The model keeps which lines are whose, so the bill splits back into components.
 */
export function architectureModel(ctx: ProviderContext, arch: ArchitectureSpec): SystemModel {
  const owner = new Map<string, string>();
  const parts: ModelPart[] = [];
  const all: LineModel[] = [];
  const notes: string[] = [];
  const limits: LimitFinding[] = [];
  arch.components.forEach((c, i) => {
    const own = c.lines({ ...ctx, path: `${ctx.path}.components[${i}]` });
    const keyOf = (k: string) => `${c.id}/${k}`;
    const lines = own.lines.map((l): LineModel => {
      const label = `${c.name} · ${l.label}`;
      return l.kind === 'derived'
        ? { ...l, key: keyOf(l.key), label, of: l.of.map(keyOf) }
        : { ...l, key: keyOf(l.key), label };
    });
    for (const l of lines) owner.set(l.key, c.id);
    all.push(...lines);
    parts.push({ id: c.id, name: c.name, kind: c.kind, keys: lines.map((l) => l.key) });
    notes.push(...own.notes.map((n) => `${c.name}: ${n}`));
    // One component the platform cannot run makes the whole architecture unable to run the workload.
    limits.push(...(own.limits ?? []).map((f) => ({ ...f, message: `${c.name}: ${f.message}` })));
  });
  const pooled = poolLines(all, (key) => owner.get(key) ?? key);
  const lines = oneAllowancePerFreePool(pooled.lines, notes);
  const merged = new Set(pooled.pooled.flatMap((p) => p.shares.map((s) => s.key)));
  return {
    id: arch.id,
    kind: ARCHITECTURE_KIND,
    name: arch.name,
    lines,
    notes,
    parts: parts.map((p) => ({ ...p, keys: p.keys.filter((k) => !merged.has(k)) })),
    pooled: pooled.pooled,
    ...(limits.length > 0 ? { limits } : {}),
  };
}

/**
 * One free allowance for pools priced apart (`freePool`: Lambda's free GB-s across x86_64 and arm64,
 * SQS's free million across standard and FIFO): the first pool keeps it, the others get none, which
 * is exact whenever the first pool uses the whole allowance, and a note says so.
 */
function oneAllowancePerFreePool(lines: readonly LineModel[], notes: string[]): LineModel[] {
  const holder = new Map<string, string>();
  return lines.map((l) => {
    if (l.kind !== 'metered' || l.freePool === undefined || l.freeUnits.isZero()) return l;
    const first = holder.get(l.freePool);
    if (first === undefined) {
      holder.set(l.freePool, l.label);
      return l;
    }
    notes.push(
      `${first} and ${l.label} share one free allowance: all of it is applied to the first, none to the second.`,
    );
    return { ...l, freeUnits: ZERO };
  });
}
