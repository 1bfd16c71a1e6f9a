import type { BreakevenChartData } from './chartData';
import { type ChartTheme, type SeriesStyle, slotStyle } from './palette';
import { TRAFFIC_AXIS_TITLE, costAxis, costAxisTitle } from './costAxis';
import { type LogScale, project, shortCount, shortUsd, trafficTicks } from './scales';
import { type SvgNode, el } from './svgTree';
import { CHAR_PX, LABEL_ROWS, legendRows, placeLabels, wrap } from './chartLayout';

export type ChartOptions = {
  readonly width?: number;
  readonly plotHeight?: number;
  readonly theme?: ChartTheme;
  readonly idPrefix?: string;
};

/** The chart's own colours per theme; the series colours are the shared palette's (palette.ts). */
const COLORS: Record<ChartTheme, { bg: string; fg: string; muted: string; grid: string }> = {
  light: { bg: '#ffffff', fg: '#1f2328', muted: '#57606a', grid: '#d8dee4' },
  dark: { bg: '#0d1117', fg: '#e6edf3', muted: '#9da7b3', grid: '#30363d' },
};
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const M = { left: 64, right: 20, top: 50, bottom: 58 };
const LEGEND_ROW_PX = 20;
/** Height of one row of breakeven labels above the plot. */
const LABEL_ROW_PX = 12;

/**
 * The breakeven chart as an SVG tree: cost curves on log–log axes (traffic across decades, costs
 * from cents to thousands), a dashed mark and dot at every breakeven, a solid mark at the current
 * traffic, a legend with each system's cost there, and a caption. Pure: the same data gives the
 * same tree; no fonts, images or links are referenced.
 */
export function breakevenChart(data: BreakevenChartData, opts: ChartOptions = {}): SvgNode {
  const width = opts.width ?? 720;
  const plotHeight = opts.plotHeight ?? 300;
  const c = COLORS[opts.theme ?? 'light'];
  const id = `${opts.idPrefix ?? 'sbe'}-chart`;
  const usds = data.series.flatMap((s) => s.points.map((p) => p.usd));
  const axis = costAxis(usds, data.costScale);
  const x: LogScale = { lo: data.fromR, hi: data.toR, from: M.left, to: width - M.right };
  // Every breakeven (chartData keeps those in the window) is labelled: rows beyond the LABEL_ROWS
  // the margin holds push the plot down.
  const labelRow = placeLabels(
    data.breakevens.map((b) => [project(x, b.requestsPerMonth), shortCount(b.requestsPerMonth).length * 6]),
  );
  const top = M.top + Math.max(0, Math.max(0, ...labelRow.map((r) => r + 1)) - LABEL_ROWS) * LABEL_ROW_PX;
  const y: LogScale = {
    lo: axis.lo,
    hi: axis.hi,
    from: top + plotHeight,
    to: top,
    ...(axis.scale === 'linear' ? { linear: true } : {}),
  };
  const legend = legendRows(data, width, M.left, M.right);
  const answer = wrap(data.cheapest, Math.floor((width - M.left - M.right) / CHAR_PX));
  const height =
    top +
    plotHeight +
    M.bottom +
    (legend.length + answer.length) * LEGEND_ROW_PX +
    (data.caption ? LEGEND_ROW_PX : 0) +
    6;
  const theme = opts.theme ?? 'light';
  const styles: SeriesStyle[] = data.series.map((s) => slotStyle(s.slot, theme));
  const color = (i: number) => styles[i]!.stroke;
  const dash = (i: number) => styles[i]!.dash;
  const text = (attrs: Record<string, string | number>, s: string) =>
    el('text', { fill: c.fg, 'font-size': 11, ...attrs }, s);

  const grid: SvgNode[] = [];
  for (const v of trafficTicks(x.lo, x.hi)) {
    const px = r1(project(x, v));
    grid.push(
      el('line', { x1: px, x2: px, y1: y.to, y2: y.from, stroke: c.grid }),
      text({ x: px, y: y.from + 16, 'text-anchor': 'middle', fill: c.muted }, shortCount(v)),
    );
  }
  for (const v of axis.ticks) {
    const py = r1(project(y, v));
    grid.push(
      el('line', { x1: x.from, x2: x.to, y1: py, y2: py, stroke: c.grid }),
      text({ x: x.from - 6, y: py + 4, 'text-anchor': 'end', fill: c.muted }, shortUsd(v)),
    );
  }
  const curves = data.series.map((s, i) =>
    el(
      'path',
      {
        d: pathOf(s.points, x, y),
        fill: 'none',
        stroke: color(i),
        'stroke-width': 2,
        'stroke-linejoin': 'round',
        ...(dash(i) ? { 'stroke-dasharray': dash(i) } : {}),
      },
      el('title', {}, s.name),
    ),
  );
  const marks = data.breakevens.map((b, i) => {
    const px = r1(project(x, b.requestsPerMonth));
    const py = r1(project(y, b.usd));
    const row = labelRow[i];
    return el(
      'g',
      { class: 'breakeven' },
      el('title', {}, b.sentence),
      el('line', { x1: px, x2: px, y1: y.to, y2: y.from, stroke: c.muted, 'stroke-dasharray': '3 3' }),
      el('circle', { cx: px, cy: py, r: 4, fill: c.bg, stroke: c.fg, 'stroke-width': 1.5 }),
      text(
        { x: px, y: top - 6 - (row ?? 0) * LABEL_ROW_PX, 'text-anchor': 'middle', 'font-size': 10 },
        shortCount(b.requestsPerMonth),
      ),
    );
  });
  const now = [];
  if (data.requestsPerMonth >= x.lo && data.requestsPerMonth <= x.hi) {
    const px = r1(project(x, data.requestsPerMonth));
    now.push(
      el(
        'g',
        { class: 'current-traffic' },
        el('title', {}, `Current traffic: ${data.requestsPerMonth.toLocaleString('en-US')} requests/month`),
        el('line', { x1: px, x2: px, y1: y.to, y2: y.from, stroke: c.fg, 'stroke-width': 1.5 }),
        // At the top inside the plot: clear of the tick labels under the axis and the crossing labels above the plot.
        text({ x: px + 4, y: y.to + 12, 'font-size': 10 }, `now: ${shortCount(data.requestsPerMonth)}`),
      ),
    );
  }
  const legendTop = top + plotHeight + M.bottom;
  const legendNodes = legend.flatMap((row, ri) =>
    row.map(({ index, label, x: lx }) => {
      const ly = legendTop + ri * LEGEND_ROW_PX;
      return el(
        'g',
        { class: 'legend-item' },
        el('line', {
          x1: lx,
          x2: lx + 18,
          y1: ly - 4,
          y2: ly - 4,
          stroke: color(index),
          'stroke-width': 3,
          ...(dash(index) ? { 'stroke-dasharray': dash(index) } : {}),
        }),
        text({ x: lx + 24, y: ly, 'font-size': 12 }, label),
      );
    }),
  );
  const answerTop = legendTop + legend.length * LEGEND_ROW_PX;
  const answerNodes = answer.map((line, i) =>
    text({ x: M.left, y: answerTop + i * LEGEND_ROW_PX, 'font-size': 12 }, line),
  );
  const captionY = answerTop + answer.length * LEGEND_ROW_PX;
  return el(
    'svg',
    {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-family': FONT,
    },
    el('title', { id: `${id}-title` }, data.title),
    el('desc', { id: `${id}-desc` }, describe(data)),
    el('rect', { x: 0, y: 0, width, height, fill: c.bg }),
    el('g', { class: 'grid' }, ...grid),
    text({ x: (x.from + x.to) / 2, y: y.from + 32, 'text-anchor': 'middle', fill: c.muted }, TRAFFIC_AXIS_TITLE),
    text({ x: 12, y: 14, fill: c.muted }, costAxisTitle(axis.scale)),
    el('g', { class: 'curves' }, ...curves),
    el('g', { class: 'marks' }, ...marks, ...now),
    el('g', { class: 'legend' }, ...legendNodes),
    ...(answerNodes.length > 0 ? [el('g', { class: 'cheapest' }, ...answerNodes)] : []),
    ...(data.caption ? [text({ x: M.left, y: captionY, fill: c.muted }, data.caption)] : []),
  );
}

function r1(n: number): number {
  return Math.round(n * 10) / 10;
}

function pathOf(points: BreakevenChartData['series'][number]['points'], x: LogScale, y: LogScale): string {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${r1(project(x, p.requestsPerMonth))} ${r1(project(y, p.usd))}`)
    .join(' ');
}

/** The chart in words, for screen readers and for a figure whose image fails to load. */
function describe(d: BreakevenChartData): string {
  const sentences = d.breakevens.map((b) => b.sentence);
  return `Monthly cost of ${d.series.map((s) => s.name).join(', ')} from ${shortCount(d.fromR)} to ${shortCount(d.toR)} requests per month. ${
    d.cheapest ? `${d.cheapest} ` : ''
  }${sentences.length > 0 ? sentences.join(' ') : 'No breakeven in this range.'}`;
}
