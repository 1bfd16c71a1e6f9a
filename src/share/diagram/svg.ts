import type { PricedScenario } from '../../report';
import type { WrittenArchitecture } from '../../scenario/architecture/schema';
import { type ChartTheme, type SvgNode, el, slotStyle, svgToString } from '../chart';
import { COLOUR_HUES } from './kinds';
import { type DiagramBox, type DiagramLayout, type LayoutOptions, layoutArchitecture } from './layout';

export type DiagramOptions = {
  readonly theme?: ChartTheme;
  /** Prefix of the title and description ids (two diagrams on one page need different ones). */
  readonly idPrefix?: string;
  readonly title?: string;
};

/** The diagram's own colours per theme (the chart's: src/share/chart/breakevenChart.ts); box edges use the palette. */
export const DIAGRAM_COLORS: Record<ChartTheme, { bg: string; fg: string; muted: string; line: string }> = {
  light: { bg: '#ffffff', fg: '#1f2328', muted: '#57606a', line: '#57606a' },
  dark: { bg: '#0d1117', fg: '#e6edf3', muted: '#9da7b3', line: '#9da7b3' },
};
export const DIAGRAM_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** The stroke of a box: its role's hue of the shared palette. */
export function boxColour(box: DiagramBox, theme: ChartTheme): string {
  return slotStyle({ hue: COLOUR_HUES[box.colour], dash: 0 }, theme).stroke;
}

/** "$5.00 · 32%", or "" when the architecture is not priced. */
export function costText(box: DiagramBox): string {
  return box.monthlyUsd === null ? '' : `${box.monthlyUsd} · ${box.share ?? ''}`.replace(/ · $/, '');
}

/** An arrowhead pointing right with its tip at (x, y): every arrow enters its target from the left. */
export function arrowHead(x: number, y: number): string {
  return `M${x} ${y} L${x - 8} ${y - 4.5} L${x - 8} ${y + 4.5} Z`;
}

/** One sentence per component, in the diagram's order: what it is, costs, and what triggers it. */
export function describeDiagram(layout: DiagramLayout): string {
  const names = new Map(layout.boxes.map((b) => [b.id, b.name]));
  const trigger = new Map(layout.edges.map((e) => [e.to, names.get(e.from) ?? e.from]));
  return layout.boxes
    .map((b) => {
      const cost = b.monthlyUsd === null ? '' : `, ${b.monthlyUsd} a month (${b.share} of the bill)`;
      const by = trigger.get(b.id);
      return `${b.name} (${b.kindLabel}${cost})${by === undefined ? ', an entry point' : `, triggered by ${by}`}.`;
    })
    .join(' ');
}

/**
 * The laid-out architecture as an SVG tree: a box per component (name, kind, monthly cost and share,
 * edged in its role's colour) and an arrow from each component to those it triggers. Titles and a
 * description make it readable to screen readers; no fonts, images, links or styles are referenced.
 */
export function diagramTree(layout: DiagramLayout, opts: DiagramOptions = {}): SvgNode {
  const theme = opts.theme ?? 'light';
  const c = DIAGRAM_COLORS[theme];
  const id = `${opts.idPrefix ?? 'sbe'}-diagram`;
  const edges = layout.edges.map((e) => {
    const [x, y] = e.points[e.points.length - 1]!;
    return el(
      'g',
      {},
      el('path', { d: e.path, fill: 'none', stroke: c.line, 'stroke-width': 1.5 }),
      el('path', { d: arrowHead(x, y), fill: c.line }),
    );
  });
  const boxes = layout.boxes.map((b) => {
    const cost = costText(b);
    return el(
      'g',
      {},
      el('title', {}, `${b.name}: ${b.kindLabel}${cost ? `, ${cost}` : ''}`),
      el('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 6, fill: c.bg, stroke: boxColour(b, theme) }),
      el('rect', { x: b.x, y: b.y, width: 5, height: b.h, rx: 2, fill: boxColour(b, theme) }),
      el('text', { x: b.x + 13, y: b.y + 20, fill: c.fg, 'font-size': 13, 'font-weight': 600 }, b.shownName),
      el('text', { x: b.x + 13, y: b.y + 37, fill: c.muted, 'font-size': 11 }, b.kindLabel),
      ...(cost ? [el('text', { x: b.x + 13, y: b.y + b.h - 10, fill: c.fg, 'font-size': 12 }, cost)] : []),
    );
  });
  return el(
    'svg',
    {
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-family': DIAGRAM_FONT,
    },
    el('title', { id: `${id}-title` }, opts.title ?? 'Architecture diagram'),
    el('desc', { id: `${id}-desc` }, describeDiagram(layout)),
    el('rect', { width: layout.width, height: layout.height, fill: c.bg }),
    ...edges,
    ...boxes,
  );
}

/** One architecture's diagram as a standalone SVG document. */
export function diagramSvg(layout: DiagramLayout, opts: DiagramOptions = {}): string {
  return svgToString(diagramTree(layout, opts));
}

type Priced = Extract<PricedScenario, { ok: true }>;

/** Each architecture of a priced scenario with its estimate, laid out. */
export function architectureLayouts(
  priced: Priced,
  options: LayoutOptions = {},
): { architecture: WrittenArchitecture; layout: DiagramLayout }[] {
  return (priced.scenario.architectures ?? []).map((architecture) => ({
    architecture,
    layout: layoutArchitecture(
      architecture,
      priced.analysis.estimates.find((e) => e.id === architecture.id),
      options,
    ),
  }));
}

/**
 * Every architecture's diagram in one standalone SVG (the "Diagram (SVG)" export and `render --format
 * diagram-svg`): each under its name, one below the other, captioned with the pricing date.
 */
export function diagramsSvg(priced: Priced, opts: { readonly theme?: ChartTheme } = {}): string {
  const theme = opts.theme ?? 'light';
  const c = DIAGRAM_COLORS[theme];
  const parts = architectureLayouts(priced);
  if (parts.length === 0) throw new Error('the scenario has no architectures to draw');
  const width = Math.max(...parts.map((p) => p.layout.width), 320);
  const children: SvgNode[] = [];
  let y = 0;
  parts.forEach(({ architecture, layout }, i) => {
    const name = architecture.name ?? architecture.id;
    children.push(el('text', { x: 12, y: y + 24, fill: c.fg, 'font-size': 15, 'font-weight': 600 }, name));
    const tree = diagramTree(layout, { theme, idPrefix: `sbe-${i}`, title: name });
    children.push(el('g', { transform: `translate(0 ${y + 32})` }, ...tree.children));
    y += 32 + layout.height + 8;
  });
  const caption = `Prices as of ${priced.book.pricingDate} (${priced.book.region}) · serverless-breakeven`;
  children.push(el('text', { x: 12, y: y + 16, fill: c.muted, 'font-size': 11 }, caption));
  const height = y + 28;
  const title = priced.scenario.name ?? 'Architecture diagrams';
  const desc = parts.map((p) => `${p.architecture.name ?? p.architecture.id}: ${describeDiagram(p.layout)}`);
  return svgToString(
    el(
      'svg',
      {
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-labelledby': 'sbe-diagrams-title sbe-diagrams-desc',
        'font-family': DIAGRAM_FONT,
      },
      el('title', { id: 'sbe-diagrams-title' }, title),
      el('desc', { id: 'sbe-diagrams-desc' }, desc.join(' ')),
      el('rect', { width, height, fill: c.bg }),
      ...children,
    ),
  );
}
