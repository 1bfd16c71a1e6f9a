import { type PriceBook, centsString, formatUsd } from '../../engine';
import {
  type Choice,
  type Recommendations,
  type Rightsizing,
  type SizingPoint,
  versusText,
} from '../../kinds/aws-lambda/rightsizing';
import { type MeasuredInfo, measuredJson } from './rightsizeMeasured';

export type { MeasuredInfo } from './rightsizeMeasured';

const ms = (x: number) => Math.round(x * 100) / 100;
const plural = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

function pointJson(p: SizingPoint) {
  return {
    memoryMb: p.memoryMb,
    architecture: p.architecture,
    durationMs: ms(p.durationMs),
    durationLowMs: ms(p.lowMs),
    durationHighMs: ms(p.highMs),
    p95Ms: p.p95Ms === null ? null : ms(p.p95Ms),
    source: p.source,
    durationsFrom: p.assumedFrom ?? p.architecture,
    belowFloor: p.belowFloor,
    exceedsLimit: p.exceedsLimit,
    monthlyUsd: centsString(p.monthlyUsd),
    monthlyUsdExact: p.monthlyUsd.toString(),
  };
}

function choiceJson(c: Choice | null) {
  if (!c) return null;
  const v = c.vsCurrent;
  return {
    ...pointJson(c.point),
    cheaperPct: ms(v.cheaperPct),
    fasterPct: ms(v.fasterPct),
    monthlySavingUsd: centsString(v.monthlySavingUsd),
    summary: versusText(v),
  };
}

function recsJson(r: Recommendations, limitGiven: boolean) {
  return {
    cheapest: choiceJson(r.cheapest),
    fastest: choiceJson(r.fastest),
    balanced: choiceJson(r.balanced),
    powerTuningBalanced: choiceJson(r.powerTuningBalanced),
    ...(limitGiven ? { withinLatency: choiceJson(r.withinLatency) } : {}),
  };
}

/** `rightsize --format json`: current, recommendations (overall and per architecture), every priced point. */
export function rightsizeJson(book: PriceBook, r: Rightsizing, m: MeasuredInfo | null, limitGiven: boolean) {
  return {
    pricing: { pricingDate: book.pricingDate, region: book.region },
    systemId: r.systemId,
    mode: r.mode,
    measured: measuredJson(m),
    floorMb: r.floorMb,
    durationLimitMs: r.durationLimitMs,
    current: pointJson(r.current),
    recommendations: recsJson(r.recommendations, limitGiven),
    byArchitecture: Object.fromEntries(
      Object.entries(r.byArchitecture).map(([a, recs]) => [a, recsJson(recs, limitGiven)]),
    ),
    points: r.points.map(pointJson),
    notes: r.notes,
  };
}

function describe(p: SizingPoint): string {
  const band = p.highMs - p.lowMs > 0.005 ? ` (${ms(p.lowMs)}–${ms(p.highMs)})` : '';
  const flag = p.source === 'untested' ? ', untested' : p.source === 'measured' ? ', measured' : '';
  return `${p.memoryMb} MB ${p.architecture}, ${ms(p.durationMs)} ms${band}${flag}, ${formatUsd(p.monthlyUsd)}/month`;
}

function recLines(r: Recommendations, weightNote: string): string[] {
  const rows: [string, Choice | null][] = [
    ['Cheapest', r.cheapest],
    ['Fastest', r.fastest],
    [`Balanced${weightNote}`, r.balanced],
    [`Balanced as Power Tuning weighs it (duration cost only)${weightNote}`, r.powerTuningBalanced],
    ['Within latency limit', r.withinLatency],
  ];
  return rows
    .filter(([label, c]) => c || label !== 'Within latency limit')
    .map(([label, c]) => (c ? `${label}: ${describe(c.point)} — ${versusText(c.vsCurrent)}` : `${label}: none`));
}

function header(r: Rightsizing, m: MeasuredInfo | null): string[] {
  const out = [
    `Right-sizing Lambda system "${r.systemId}" (durations ${r.mode === 'measured' ? 'measured' : 'modelled'})`,
  ];
  if (m?.source === 'report-lines' && m.summary) {
    const s = m.summary;
    const init =
      s.initDurationMs === null
        ? 'no cold starts'
        : `${ms(s.coldStartRate * 100)}% cold starts, INIT ${ms(s.initDurationMs)} ms on average`;
    out.push(
      `From ${plural(m.parsed, 'REPORT line')} (${m.skipped} skipped): ${init}, max memory used ${s.maxMemoryUsedMb} MB — applied to this right-sizing.`,
    );
    for (const p of m.problems.slice(0, 5)) out.push(`  skipped line ${p.line}: ${p.reason}`);
  }
  if (m?.architecture) out.push(`Measured on ${m.architecture.measured}: ${m.architecture.basis}.`);
  for (const n of m?.notes ?? []) out.push(`measured: ${n}`);
  if (m?.source === 'power-tuning')
    out.push(
      `From a Power Tuning link: ${plural(m.parsed, 'size')}${m.label ? ` ("${m.label}")` : ''}${(m.series ?? 1) > 1 ? `; first of ${m.series} series` : ''}; re-priced with requests, tiers, free tier, storage and INIT.`,
    );
  out.push(`Current: ${describe(r.current)}`, '');
  return out;
}

/** The sizes a reader needs to see: the current one and every recommended one, overall and per architecture. */
function shortlist(r: Rightsizing): Set<number> {
  const chosen = [r.recommendations, ...Object.values(r.byArchitecture)].flatMap((recs) =>
    [recs.cheapest, recs.fastest, recs.balanced, recs.powerTuningBalanced, recs.withinLatency].flatMap((c) =>
      c ? [c.point.memoryMb] : [],
    ),
  );
  return new Set([r.current.memoryMb, ...chosen]);
}

/** Size → the overall recommendations at it ("cheapest arm64"), for the table's note column. */
function chosenAt(recs: Recommendations): Map<number, string[]> {
  const at = new Map<number, string[]>();
  const named: [string, Choice | null][] = [
    ['cheapest', recs.cheapest],
    ['fastest', recs.fastest],
    ['balanced', recs.balanced],
    ['within latency limit', recs.withinLatency],
  ];
  for (const [name, c] of named)
    if (c) at.set(c.point.memoryMb, [...(at.get(c.point.memoryMb) ?? []), `${name} ${c.point.architecture}`]);
  return at;
}

/**
 * The default terminal output: recommendations, then the current and recommended sizes with both
 * architectures side by side; with `sweep`, every size priced.
 */
export function rightsizeTable(book: PriceBook, r: Rightsizing, m: MeasuredInfo | null, sweep = false): string {
  const out = header(r, m);
  out.push(...recLines(r.recommendations, ''), '');
  for (const [arch, recs] of Object.entries(r.byArchitecture))
    out.push(`${arch} only:`, ...recLines(recs, '').map((l) => `  ${l}`));
  const archs = Object.keys(r.byArchitecture);
  const every = [...new Set(r.points.map((p) => p.memoryMb))].sort((a, b) => a - b);
  const picked = shortlist(r);
  const sizes = sweep ? every : every.filter((size) => picked.has(size));
  const chosen = chosenAt(r.recommendations);
  const at = new Map(r.points.map((p) => [`${p.memoryMb}/${p.architecture}`, p]));
  out.push(
    '',
    [
      'Memory MB'.padStart(9),
      ...archs.flatMap((a) => [`${a} ms`.padStart(16), `${a} $/month`.padStart(16)]),
      '  note',
    ].join('  '),
  );
  for (const size of sizes) {
    const cells = archs.flatMap((a) => {
      const p = at.get(`${size}/${a}`);
      return p
        ? [String(ms(p.durationMs)).padStart(16), formatUsd(p.monthlyUsd).padStart(16)]
        : ['—'.padStart(16), '—'.padStart(16)];
    });
    const any = r.points.find((p) => p.memoryMb === size);
    const note = [
      any?.source === 'untested' ? 'untested' : '',
      any?.belowFloor ? 'below memory floor' : '',
      any?.exceedsLimit ? 'reaches the duration limit' : '',
      size === r.current.memoryMb ? 'current' : '',
      ...(chosen.get(size) ?? []),
    ]
      .filter(Boolean)
      .join(', ');
    out.push([String(size).padStart(9), ...cells, note ? `  ${note}` : ''].join('  ').trimEnd());
  }
  if (!sweep && sizes.length < every.length)
    out.push(
      `The current and recommended sizes: ${sizes.length} of the ${every.length} sizes priced (${every[0]}–${every.at(-1)?.toLocaleString('en-US')} MB); rightsize --sweep lists them all.`,
    );
  out.push('', ...r.notes.map((n) => `note: ${n}`), `Prices as of ${book.pricingDate} (${book.region}).`);
  return `${out.join('\n')}\n`;
}

/** Recommendations as a Markdown table, for a design document. */
export function rightsizeMarkdown(book: PriceBook, r: Rightsizing, m: MeasuredInfo | null): string {
  const out = [
    ...header(r, m).filter((l) => l !== ''),
    '',
    '| Choice | Memory | Architecture | Duration | Monthly | Against current |',
    '|---|---:|---|---:|---:|---|',
  ];
  const rows: [string, Choice | null][] = [
    ['Cheapest', r.recommendations.cheapest],
    ['Fastest', r.recommendations.fastest],
    ['Balanced', r.recommendations.balanced],
    ['Within latency limit', r.recommendations.withinLatency],
  ];
  for (const [label, c] of rows) {
    if (!c) continue;
    const p = c.point;
    out.push(
      `| ${label} | ${p.memoryMb} MB | ${p.architecture} | ${ms(p.durationMs)} ms${p.source === 'untested' ? ' (untested)' : ''} | ${formatUsd(p.monthlyUsd)} | ${versusText(c.vsCurrent)} |`,
    );
  }
  out.push('', ...r.notes.map((n) => `- ${n}`), '', `_Prices as of ${book.pricingDate} (${book.region})._`);
  return `${out.join('\n')}\n`;
}
