import { type Decimal, type SystemEstimate, dec, formatUsd } from '../../engine';
import type { WrittenArchitecture, WrittenComponent } from '../../scenario/architecture/schema';
import { type DiagramColour, colourOf, kindLabel } from './kinds';

/** Layers left to right (wide containers) or top to bottom, indented by depth (phones). */
export type DiagramOrientation = 'horizontal' | 'vertical';

export type LayoutOptions = {
  readonly orientation?: DiagramOrientation;
  /** The locale of the money figures (en-US, the engine's default, for exports and embeds). */
  readonly locale?: string;
};

/** One component's box: where it is and the text it shows. */
export type DiagramBox = {
  readonly id: string;
  readonly name: string;
  /** The name cut to fit the box (with "…"); the full name is `name`. */
  readonly shownName: string;
  readonly kindLabel: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** How many triggers lie between it and its entry point (0: an entry point). */
  readonly depth: number;
  /** "$15.66", or null when the architecture is not priced. */
  readonly monthlyUsd: string | null;
  /** "32%" of the architecture's gross bill, or null when not priced. */
  readonly share: string | null;
  readonly colour: DiagramColour;
};

/** An arrow from a component to one it triggers: an orthogonal polyline ending at the target's left side. */
export type DiagramEdge = {
  readonly from: string;
  readonly to: string;
  readonly points: readonly (readonly [number, number])[];
  /** The polyline as SVG path data. */
  readonly path: string;
};

export type DiagramLayout = {
  readonly orientation: DiagramOrientation;
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly DiagramBox[];
  readonly edges: readonly DiagramEdge[];
};

/** Box sizes and gaps per orientation (CSS pixels; the SVG scales with its container). */
export const GEOMETRY = {
  horizontal: { w: 196, h: 66, gapAlong: 56, gapAcross: 16 },
  vertical: { w: 236, h: 62, indent: 32, gapAcross: 12 },
  margin: 12,
  /** Average width of a character of the box's bold 13 px name. */
  charPx: 7.6,
} as const;

type Tree = {
  /** Every component once, in a depth-first walk from the entry points (written order among siblings). */
  readonly order: readonly WrittenComponent[];
  readonly depth: ReadonlyMap<string, number>;
  readonly children: ReadonlyMap<string, readonly WrittenComponent[]>;
};

/**
 * The trigger forest: each component hangs under the one that triggers it. A component whose trigger
 * is missing or part of a loop (an architecture being edited) becomes an entry point of its own.
 */
function triggerForest(components: readonly WrittenComponent[]): Tree {
  const byId = new Map(components.map((c) => [c.id, c] as const));
  const children = new Map<string, WrittenComponent[]>();
  const hasParent = (c: WrittenComponent) =>
    c.triggeredBy !== undefined && c.triggeredBy !== c.id && byId.has(c.triggeredBy);
  for (const c of components)
    if (hasParent(c)) children.set(c.triggeredBy!, [...(children.get(c.triggeredBy!) ?? []), c]);
  const depth = new Map<string, number>();
  const order: WrittenComponent[] = [];
  const roots: WrittenComponent[] = [];
  const visit = (root: WrittenComponent) => {
    const stack: [WrittenComponent, number][] = [[root, 0]];
    while (stack.length > 0) {
      const [c, d] = stack.pop()!;
      if (depth.has(c.id)) continue;
      depth.set(c.id, d);
      order.push(c);
      const kids = children.get(c.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, d + 1]);
    }
  };
  const start = (c: WrittenComponent) => {
    roots.push(c);
    visit(c);
  };
  components.filter((c) => !hasParent(c)).forEach(start);
  // Loops: break each at its first component in the written order.
  for (const c of components) if (!depth.has(c.id)) start(c);
  // Children lists keep only the edges the walk took (a loop's closing edge is dropped).
  for (const [id, kids] of children)
    children.set(
      id,
      kids.filter((k) => depth.get(k.id) === (depth.get(id) ?? -2) + 1 && !roots.includes(k)),
    );
  return { order, depth, children };
}

/** Each component's cost and share of the gross bill (its parts' positive amounts), as text. */
function costs(estimate: SystemEstimate | undefined, locale: string): Map<string, { usd: string; share: string }> {
  const out = new Map<string, { usd: string; share: string }>();
  const parts = estimate?.parts ?? [];
  const positive = (d: Decimal) => (d.gt(0) ? d : dec(0));
  const gross = parts.reduce((s, p) => s.plus(positive(p.monthlyUsd)), dec(0));
  for (const p of parts) {
    const ratio = gross.gt(0) ? positive(p.monthlyUsd).div(gross) : dec(0);
    const pct = ratio.times(100).toDecimalPlaces(0).toNumber();
    const share = pct === 0 && ratio.gt(0) ? '<1%' : `${pct}%`;
    out.set(p.id, { usd: formatUsd(p.monthlyUsd, locale), share });
  }
  return out;
}

/** A name cut to `max` characters, ending in "…" when cut. */
export function fitText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

const pathOf = (points: readonly (readonly [number, number])[]) =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');

/**
 * Lays an architecture out as boxes and arrows, deterministically. Horizontal: one column per trigger
 * depth (entry points on the left); siblings stacked, each leaf its own row and each parent centred on
 * its children, so the fan-out spreads and no two arrows cross (the triggers form a forest, walked in
 * the written order). Vertical: one row per component in that walk, indented by depth, for phones.
 */
export function layoutArchitecture(
  architecture: WrittenArchitecture,
  estimate?: SystemEstimate,
  options: LayoutOptions = {},
): DiagramLayout {
  const orientation = options.orientation ?? 'horizontal';
  const tree = triggerForest(architecture.components);
  const cost = costs(estimate, options.locale ?? 'en-US');
  const { margin } = GEOMETRY;
  const place = new Map<string, { x: number; y: number }>();
  let w: number, h: number, width: number, height: number;
  if (orientation === 'horizontal') {
    ({ w, h } = GEOMETRY.horizontal);
    const { gapAlong, gapAcross } = GEOMETRY.horizontal;
    const slot = new Map<string, number>();
    let leaves = 0;
    // Leaves take the next row in the walk's order; then, deepest first, a parent sits midway between its first and last child.
    for (const c of tree.order) if ((tree.children.get(c.id) ?? []).length === 0) slot.set(c.id, leaves++);
    for (const c of [...tree.order].reverse()) {
      const kids = tree.children.get(c.id) ?? [];
      if (kids.length > 0) slot.set(c.id, (slot.get(kids[0]!.id)! + slot.get(kids[kids.length - 1]!.id)!) / 2);
    }
    const maxDepth = Math.max(0, ...tree.depth.values());
    for (const c of tree.order)
      place.set(c.id, {
        x: margin + tree.depth.get(c.id)! * (w + gapAlong),
        y: margin + slot.get(c.id)! * (h + gapAcross),
      });
    width = 2 * margin + (maxDepth + 1) * (w + gapAlong) - gapAlong;
    height = 2 * margin + leaves * (h + gapAcross) - gapAcross;
  } else {
    ({ w, h } = GEOMETRY.vertical);
    const { indent, gapAcross } = GEOMETRY.vertical;
    tree.order.forEach((c, i) =>
      place.set(c.id, { x: margin + tree.depth.get(c.id)! * indent, y: margin + i * (h + gapAcross) }),
    );
    width = 2 * margin + Math.max(0, ...tree.depth.values()) * indent + w;
    height = 2 * margin + tree.order.length * (h + gapAcross) - gapAcross;
  }
  const maxChars = Math.floor((w - 20) / GEOMETRY.charPx);
  const boxes: DiagramBox[] = tree.order.map((c) => {
    const name = c.name ?? c.id;
    const p = place.get(c.id)!;
    const money = cost.get(c.id);
    return {
      id: c.id,
      name,
      shownName: fitText(name, maxChars),
      kindLabel: kindLabel(c),
      ...p,
      w,
      h,
      depth: tree.depth.get(c.id)!,
      monthlyUsd: money?.usd ?? null,
      share: money?.share ?? null,
      colour: colourOf(c.kind),
    };
  });
  const edges: DiagramEdge[] = [];
  for (const c of tree.order)
    for (const k of tree.children.get(c.id) ?? []) {
      const a = place.get(c.id)!;
      const b = place.get(k.id)!;
      const points: [number, number][] =
        orientation === 'horizontal'
          ? [
              [a.x + w, a.y + h / 2],
              [a.x + w + GEOMETRY.horizontal.gapAlong / 2, a.y + h / 2],
              [a.x + w + GEOMETRY.horizontal.gapAlong / 2, b.y + h / 2],
              [b.x, b.y + h / 2],
            ]
          : [
              [a.x + 12, a.y + h],
              [a.x + 12, b.y + h / 2],
              [b.x, b.y + h / 2],
            ];
      edges.push({ from: c.id, to: k.id, points, path: pathOf(points) });
    }
  return { orientation, width, height, boxes, edges };
}
