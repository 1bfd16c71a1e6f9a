import { Decimal, ZERO } from './decimal';
import type { CrossingsResult } from './breakeven';
import { type CostCurve, curveCostAt } from './curve';
import { SAME_R, withoutNearDuplicates } from './nearDuplicates';
import { SAME_USD } from './signChanges';

/**
 * One stretch of traffic, (from, to], and the system that costs least over all of it. Right-closed
 * like the curves themselves (a fleet's step and a free allowance end at their R inclusive).
 */
export type CheapestSegment = {
  readonly id: string;
  /** Exclusive lower end; null for the first segment, which starts at zero traffic. */
  readonly fromRequestsPerMonth: Decimal | null;
  /** Inclusive upper end; null for the last, which holds to the end of the range searched. */
  readonly toRequestsPerMonth: Decimal | null;
  /**
   * Systems that cost exactly what `id` costs over the whole segment. Of systems tied over an
   * interval, `id` is the first in the scenario's order: a fixed rule, so the same inputs always
   * name the same system, and the tie is said rather than hidden.
   */
  readonly tiedWith: readonly string[];
  /**
   * Systems whose order against `id` is not known inside the segment: their walk was cut short
   * (the two cost within one instance of each other, alternating). The cheapest there is one of
   * `id` and these; which one where is not guessed.
   */
  readonly undetermined: readonly string[];
};

/** One pair's solved order, as `crossings(curves.get(a), curves.get(b))` gives it. */
export type PairOrder = { readonly a: string; readonly b: string; readonly result: CrossingsResult };

/**
 * The lower envelope of the systems' curves over (0, maxR]: the cheapest system at every traffic,
 * as a contiguous sequence of segments, exact. It needs no search of its own: between two
 * consecutive events of the pairs (crossings, ends of ties, ends of unknown stretches) every pair
 * keeps its order, so the cheapest at one point of that interval is the cheapest at all of it,
 * and the cheapest changes only at an event of a pair that involves it. Curves are evaluated once
 * per such event, never sampled elsewhere.
 */
export function cheapestSequence(
  ids: readonly string[],
  curves: ReadonlyMap<string, CostCurve>,
  pairs: readonly PairOrder[],
  maxR: Decimal,
): CheapestSegment[] {
  if (ids.length === 0) return [];
  const byPair = new Map<string, CrossingsResult>();
  for (const p of pairs) byPair.set(pairKey(p.a, p.b), p.result);
  const events = pairEvents(pairs, maxR);
  const bounds = [ZERO, ...events.map((e) => e.r), maxR];
  const out: CheapestSegment[] = [];
  let current: Choice | null = null;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const lo = bounds[k]!;
    const hi = bounds[k + 1]!;
    const event = k === 0 ? null : events[k - 1]!;
    if (current === null || event === null) current = cheapestOn(ids, ids, curves, byPair, lo, hi);
    else {
      const c: Choice = current;
      const group = [c.id, ...c.tiedWith, ...c.undetermined];
      const mine = event.crossings.filter((x) => x.a === c.id || x.b === c.id);
      if (group.length === 1 && !event.edges.has(c.id) && mine.length <= 1) {
        // One crossing of the cheapest alone: the other side is cheaper above it, or nothing changes.
        // Everyone else was at least as dear as the cheapest and stays so, hence dearer than the new one.
        const above = mine[0]?.above ?? c.id;
        if (above !== c.id)
          current = { id: above, tiedWith: [], undetermined: unknownWith(above, ids, byPair, lo, hi) };
      } else if (group.some((id) => event.who.has(id))) {
        // Only a system whose order against the cheapest changes here can take its place: any other
        // stays at least as dear as the cheapest was (the same argument keeps its ties).
        const candidates = ids.filter((id) => event.who.has(id) || group.includes(id));
        current = cheapestOn(ids, candidates, curves, byPair, lo, hi);
      }
    }
    const last = out[out.length - 1];
    if (last && sameChoice(last, current)) out[out.length - 1] = { ...last, toRequestsPerMonth: hi };
    else out.push({ ...current, fromRequestsPerMonth: k === 0 ? null : lo, toRequestsPerMonth: hi });
  }
  const end = out[out.length - 1]!;
  out[out.length - 1] = { ...end, toRequestsPerMonth: null };
  return out;
}

type Choice = Omit<CheapestSegment, 'fromRequestsPerMonth' | 'toRequestsPerMonth'>;

/** At one R: every system some pair event involves, the crossings (with who is cheaper above), and systems at a tie's or unknown stretch's end. */
type Event = {
  readonly r: Decimal;
  readonly who: Set<string>;
  readonly crossings: { readonly a: string; readonly b: string; readonly above: string }[];
  readonly edges: Set<string>;
};

/** Every R in (0, maxR) where some pair's order may change, merged where closer than SAME_R. */
function pairEvents(pairs: readonly PairOrder[], maxR: Decimal): Event[] {
  const raw: { r: Decimal; a: string; b: string; above: string | null }[] = [];
  for (const { a, b, result } of pairs) {
    for (const c of result.crossings) raw.push({ r: c.requestsPerMonth, a, b, above: c.cheaperAbove === 'a' ? a : b });
    for (const [from, to] of [...result.equal, ...result.unknown])
      raw.push({ r: from, a, b, above: null }, { r: to, a, b, above: null });
  }
  const inside = raw.filter((e) => e.r.gt(SAME_R) && maxR.minus(e.r).gt(SAME_R));
  inside.sort((x, y) => x.r.comparedTo(y.r));
  const rs = withoutNearDuplicates(inside.map((e) => e.r));
  const out: Event[] = rs.map((r) => ({ r, who: new Set<string>(), crossings: [], edges: new Set<string>() }));
  let i = 0;
  for (const e of inside) {
    // Each raw event joins the last merged R at or below it: withoutNearDuplicates keeps the first of a cluster.
    while (i + 1 < out.length && out[i + 1]!.r.lte(e.r)) i++;
    const ev = out[i]!;
    ev.who.add(e.a).add(e.b);
    if (e.above === null) ev.edges.add(e.a).add(e.b);
    else ev.crossings.push({ a: e.a, b: e.b, above: e.above });
  }
  return out;
}

/** Whether sorted, disjoint stretches hold r (binary search: a pair may have a thousand of them). */
function covers(stretches: readonly (readonly [Decimal, Decimal])[], r: Decimal): boolean {
  let lo = 0;
  let hi = stretches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = stretches[mid]!;
    if (r.lt(from)) hi = mid - 1;
    else if (r.gt(to)) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Systems whose order against `id` a truncated walk left unknown on (lo, hi). */
function unknownWith(
  id: string,
  ids: readonly string[],
  byPair: ReadonlyMap<string, CrossingsResult>,
  lo: Decimal,
  hi: Decimal,
): string[] {
  const mid = lo.plus(hi).div(2);
  return ids.filter((x) => x !== id && covers(byPair.get(pairKey(id, x))!.unknown, mid));
}

/** Fractions of an interval tried as its sample point: another one where the first lands on an isolated touch. */
const PROBES = ['0.5', '0.381966', '0.618034', '0.2', '0.8'].map((f) => new Decimal(f));

/** The cheapest of `candidates` on (lo, hi), an interval with no pair event inside; `ids`: every system, in order. */
function cheapestOn(
  ids: readonly string[],
  candidates: readonly string[],
  curves: ReadonlyMap<string, CostCurve>,
  byPair: ReadonlyMap<string, CrossingsResult>,
  lo: Decimal,
  hi: Decimal,
): Choice {
  const mid = lo.plus(hi).div(2);
  const width = hi.minus(lo);
  let choice: Choice = {
    id: candidates[0]!,
    tiedWith: [],
    undetermined: [],
  };
  for (const f of PROBES) {
    const r = f === PROBES[0] ? mid : lo.plus(width.times(f));
    const costs = candidates.map((id) => curveCostAt(curves.get(id)!, r));
    const min = costs.reduce((m, c) => (c.lt(m) ? c : m));
    const atMin = candidates.filter((_, i) => costs[i]!.minus(min).lte(SAME_USD));
    const id = atMin[0]!;
    const pair = (x: string) => byPair.get(pairKey(id, x))!;
    const tiedWith = atMin.slice(1).filter((x) => covers(pair(x).equal, mid));
    const undetermined = unknownWith(id, ids, byPair, lo, hi);
    choice = { id, tiedWith, undetermined };
    // Equal here but not over the interval: an isolated touch at this point; another point decides.
    if (atMin.slice(1).every((x) => tiedWith.includes(x) || undetermined.includes(x))) return choice;
  }
  return choice;
}

function sameChoice(
  x: Pick<CheapestSegment, 'id' | 'tiedWith' | 'undetermined'>,
  y: Pick<CheapestSegment, 'id' | 'tiedWith' | 'undetermined'>,
): boolean {
  return (
    x.id === y.id &&
    x.tiedWith.join('\u0000') === y.tiedWith.join('\u0000') &&
    x.undetermined.join('\u0000') === y.undetermined.join('\u0000')
  );
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
