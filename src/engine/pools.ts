import { ZERO } from './decimal';
import type { LineModel, MeteredLine } from './lines';
import { formatQuantity } from './money';
import { type Piecewise, evaluate, sum } from './piecewise';
import { quantityText } from './priceText';

/** Who shares one pooled line: each sharer's line key before the merge and its quantity in R. */
export type PoolShare = { readonly part: string; readonly key: string; readonly quantity: Piecewise };

/** A merged line and its sharers, so a bill can be split back by quantity. */
export type PooledLine = { readonly key: string; readonly shares: readonly PoolShare[] };

/** Lines with account-wide pools merged, and which merged line each sharer went into. */
export type PooledLines = { readonly lines: readonly LineModel[]; readonly pooled: readonly PooledLine[] };

/**
 * Merges the metered lines of one `pool` into one line, as AWS meters an account: quantities
 * summed, one free allowance, one set of tiers (those of the first sharer; the lines of one pool come
 * from one price file). A pool with a single line stays as it was. `partOf` names each line's owner
 * (a component id) for the split; derived lines that named a merged line name the merged line.
 * Exact: the merged quantity is the exact sum, so curves and breakevens stay exact.
 *
 * @param lines the lines of every part of one bill, keys unique
 * @param partOf the part (component) that owns a line, by the line's key
 */
export function poolLines(lines: readonly LineModel[], partOf: (key: string) => string): PooledLines {
  const groups = new Map<string, MeteredLine[]>();
  for (const l of lines) {
    if (l.kind !== 'metered' || l.pool === undefined) continue;
    groups.set(l.pool, [...(groups.get(l.pool) ?? []), l]);
  }
  const mergedKeyOf = new Map<string, string>();
  const merged = new Map<string, MeteredLine>();
  const pooled: PooledLine[] = [];
  for (const [pool, group] of groups) {
    if (group.length < 2) continue;
    const key = `pool:${pool}`;
    for (const l of group) mergedKeyOf.set(l.key, key);
    merged.set(group[0]!.key, mergedLine(key, group, partOf));
    pooled.push({ key, shares: group.map((l) => ({ part: partOf(l.key), key: l.key, quantity: l.quantity })) });
  }
  const out: LineModel[] = [];
  for (const l of lines) {
    const m = merged.get(l.key);
    if (m) out.push(m);
    else if (!mergedKeyOf.has(l.key))
      out.push(l.kind === 'derived' ? { ...l, of: [...new Set(l.of.map((k) => mergedKeyOf.get(k) ?? k))] } : l);
  }
  return { lines: out, pooled };
}

function mergedLine(key: string, group: readonly MeteredLine[], partOf: (key: string) => string): MeteredLine {
  const first = group[0]!;
  const owners = [...new Set(group.map((l) => partOf(l.key)))];
  return {
    ...first,
    key,
    label: `${first.label.replace(/^.* · /, '')} (shared by ${owners.join(', ')})`,
    quantity: sum(group.map((l) => l.quantity)),
    freeUnits: group.reduce((max, l) => (l.freeUnits.gt(max) ? l.freeUnits : max), ZERO),
    describe: (r, q) =>
      `${group.map((l) => `${partOf(l.key)} ${formatQuantity(evaluate(l.quantity, r))}`).join(' + ')} = ${quantityText(q, first.unit)}, one account's ${first.unit === 'request' ? 'requests' : 'usage'} through one allowance and one set of tiers`,
  };
}
