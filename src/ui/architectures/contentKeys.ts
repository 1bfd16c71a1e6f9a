import type { SystemEstimate } from '../../engine';
import { resolveArchitecture } from '../../scenario/architecture/resolve';
import type { WrittenArchitecture } from '../../scenario/architecture/schema';
import type { DiagramBox } from '../../share/diagram';
import { percent, usd } from '../format';

/*
 * Every result is a new set of objects (the scenario parsed again, the estimates priced again), even
 * when an architecture's content and figures are what they were. The architecture views compare by
 * these keys instead of by identity, so an edit repaints the card rows and diagram boxes whose text
 * changes, not every card and diagram on the page.
 */

/**
 * What an architecture's diagram depends on, as one string: the architecture as priced (names, kinds,
 * triggers, settings) and its total and components' monthly amounts (exact, so a change of a
 * fraction of a cent that rounds the same still counts: the key may only ever over-report a change).
 */
export function diagramKey(architecture: WrittenArchitecture, estimate: SystemEstimate | undefined): string {
  const parts = (estimate?.parts ?? []).map((p) => `${p.id}=${p.monthlyUsd.toString()}`).join(',');
  return `${JSON.stringify(architecture)}|${estimate ? estimate.monthlyUsd.toString() : '-'}|${parts}`;
}

/** Whether two records hold the same keys with the same (===) values. */
export function sameRecord(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

/** Whether two diagram boxes draw the same (every field of a box is a string, number or null). */
export function sameBox(a: DiagramBox, b: DiagramBox): boolean {
  return sameRecord(a, b);
}

/**
 * Each component's cost line on its card ("$8.47 · 54% of the bill"; empty before anything priced),
 * by component id: a new record on every result, to compare with {@link sameRecord}.
 */
export function componentCosts(
  architecture: WrittenArchitecture,
  estimate: SystemEstimate | undefined,
): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const c of architecture.components) {
    const part = estimate?.parts?.find((p) => p.id === c.id);
    if (!part || !estimate) {
      out[c.id] = '';
      continue;
    }
    const share = estimate.monthlyUsd.isZero() ? 0 : part.monthlyUsd.div(estimate.monthlyUsd).toNumber();
    out[c.id] = `${usd(part.monthlyUsd)} · ${percent(share)} of the bill`;
  }
  return out;
}

/**
 * How each compute component's volume was found ("2 per entry request from queue ÷ batch size 10 =
 * …"), by component id, from the architecture as priced. It depends on the architecture alone, so a
 * card works it out again only when that changes (resolving is the costly part of a card's render).
 */
export function volumesOf(priced: WrittenArchitecture | undefined): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  if (priced) for (const c of resolveArchitecture(priced).components) if (c.volume) out.set(c.id, c.volume.how);
  return out;
}
