import { centsString, formatUsd } from '../engine/money';
import type { ColdStartReport, Mitigation } from '../kinds/aws-lambda/coldstart';
import { pct } from '../kinds/aws-lambda/coldstart';
import { csvCell, escapeMd } from './textReport';

/** The target in words. */
export function targetText(r: ColdStartReport): string {
  return r.settings.targetP99Ms === null
    ? 'no cold start visible to users'
    : `request p99 ≤ ${r.settings.targetP99Ms.toLocaleString('en-US')} ms`;
}

/** One mitigation's cells: monthly, against on-demand, cold share, p99, meets the target. */
export function mitigationCells(m: Mitigation): {
  monthly: string;
  extra: string;
  cold: string;
  p99: string;
  meets: string;
} {
  if (!m.priced.ok) return { monthly: '—', extra: '—', cold: '—', p99: '—', meets: `not available: ${m.priced.why}` };
  const p = m.priced;
  const sign = p.extraUsd.isNegative() ? '−' : '+';
  const extra = p.extraUsd.isZero()
    ? '±$0.00'
    : p.extraUsd.abs().lt(0.005)
      ? `${sign}< $0.01`
      : `${sign}${formatUsd(p.extraUsd.abs())}`;
  return {
    monthly: formatUsd(p.monthlyUsd),
    extra,
    cold: pct(p.coldShare),
    p99: `${Math.round(p.p99Ms).toLocaleString('en-US')} ms`,
    meets: p.meetsTarget ? 'yes' : 'no',
  };
}

function heading(r: ColdStartReport): string[] {
  const l = r.latency;
  return [
    `Cold-start rate ${pct(r.rate)} (${r.source}): ${r.rateText}.`,
    `Cold start ${l.medianMs} ms median, ${l.p99Ms} ms p99 (${l.source}); INIT billed ${r.initBilledMs} ms per cold start where the prices bill it.`,
    `Target: ${targetText(r)}. Cheapest that meets it: ${cheapestName(r)}.`,
    ...(r.pcBreakeven ? [`Provisioned concurrency breakeven: ${r.pcBreakeven.text}.`] : []),
  ];
}

function cheapestName(r: ColdStartReport): string {
  return r.mitigations.find((m) => m.id === r.cheapest)?.label ?? 'none';
}

/** A plain-text table per Lambda system. */
export function coldStartTable(reports: readonly ColdStartReport[]): string {
  if (reports.length === 0) return 'No Lambda system in the scenario: no cold starts to price.\n';
  const out: string[] = [];
  for (const r of reports) {
    out.push(`${r.systemName}`, ...heading(r).map((h) => `  ${h}`), '');
    const rows = r.mitigations.map((m) => {
      const c = mitigationCells(m);
      return [`${m.id === r.cheapest ? '* ' : '  '}${m.label}`, c.monthly, c.extra, c.cold, c.p99, c.meets];
    });
    const head = ['  Option', 'Monthly', 'vs on-demand', 'Cold', 'p99', 'Meets target'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const line = (cells: readonly string[]) =>
      cells
        .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
        .join('  ')
        .trimEnd();
    out.push(line(head), ...rows.map(line), '');
    for (const m of r.mitigations) if (m.what) out.push(`  ${m.label}: ${m.what}`);
    for (const n of [...r.mitigations.flatMap((m) => m.notes), ...r.notes]) out.push(`  Note: ${n}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Markdown: a table per Lambda system, the cheapest that meets the target in bold. */
export function coldStartMarkdown(reports: readonly ColdStartReport[]): string {
  if (reports.length === 0) return 'No Lambda system in the scenario: no cold starts to price.\n';
  const out: string[] = [];
  for (const r of reports) {
    out.push(`### Cold starts: ${escapeMd(r.systemName)}`, '', ...heading(r).map((h) => `- ${escapeMd(h)}`), '');
    out.push('| Option | Monthly | vs on-demand | Cold | p99 | Meets target |', '|---|---:|---:|---:|---:|---|');
    for (const m of r.mitigations) {
      const c = mitigationCells(m);
      const name = m.id === r.cheapest ? `**${escapeMd(m.label)}** (cheapest that meets it)` : escapeMd(m.label);
      out.push(
        `| ${name} | ${escapeMd(c.monthly)} | ${escapeMd(c.extra)} | ${escapeMd(c.cold)} | ${escapeMd(c.p99)} | ${escapeMd(c.meets)} |`,
      );
    }
    out.push('');
    for (const n of [
      ...r.mitigations.filter((m) => m.what).map((m) => `${m.label}: ${m.what}`),
      ...r.mitigations.flatMap((m) => m.notes),
      ...r.notes,
    ])
      out.push(`- ${escapeMd(n)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const CSV_HEAD = [
  'system',
  'rate',
  'rate_source',
  'option',
  'monthly_usd',
  'extra_usd',
  'cold_share',
  'p99_ms',
  'meets_target',
  'cheapest',
  'what',
];

/** CSV: one row per system and mitigation, exact decimals (not rounded), numbers as numbers. */
export function coldStartCsv(reports: readonly ColdStartReport[]): string {
  const rows: string[][] = [CSV_HEAD];
  for (const r of reports)
    for (const m of r.mitigations) {
      const p = m.priced;
      rows.push([
        r.systemId,
        String(r.rate),
        r.source,
        m.id,
        p.ok ? p.monthlyUsd.toString() : '',
        p.ok ? p.extraUsd.toString() : '',
        p.ok ? String(p.coldShare) : '',
        p.ok ? String(p.p99Ms) : '',
        p.ok ? String(p.meetsTarget) : '',
        String(m.id === r.cheapest),
        p.ok ? m.what : `not available: ${p.why}`,
      ]);
    }
  const numeric = new Set([1, 4, 5, 6, 7]);
  return `${rows.map((row) => row.map((c, i) => csvCell(c, numeric.has(i))).join(',')).join('\n')}\n`;
}

/**
 * The cold starts as rows of the estimate's CSV (system_id, system, line, quantity, unit,
 * rate_usd_per_unit, usd, usd_exact, trace): one per function and option, its whole monthly bill
 * exact and the rest in words. No quantity: like a Total row, it is a summary, never a line to add up.
 */
export function coldStartEstimateRows(reports: readonly ColdStartReport[]): string[][] {
  const rows: string[][] = [];
  for (const r of reports)
    for (const m of r.mitigations) {
      const c = mitigationCells(m);
      const p = m.priced;
      const mark = m.id === r.cheapest ? ' (cheapest that meets the target)' : '';
      const trace = p.ok
        ? `${m.what}; ${c.extra} vs on-demand; ${c.cold} still cold; request p99 ${c.p99}; meets ${targetText(r)}: ${c.meets}; cold-start rate ${pct(r.rate)} (${r.source})`
        : c.meets;
      rows.push([
        r.systemId,
        r.systemName,
        `Cold starts: ${m.label}${mark}`,
        '',
        '',
        '',
        p.ok ? centsString(p.monthlyUsd) : '',
        p.ok ? p.monthlyUsd.toString() : '',
        trace,
      ]);
    }
  return rows;
}

/** JSON: exact decimal strings for money, cents for display beside them. */
export function coldStartJson(reports: readonly ColdStartReport[]): unknown {
  return {
    systems: reports.map((r) => ({
      id: r.systemId,
      name: r.systemName,
      coldStartRate: r.rate,
      source: r.source,
      rateText: r.rateText,
      model: r.model,
      runtime: r.runtime.runtime,
      coldStartMs: { medianMs: r.latency.medianMs, p99Ms: r.latency.p99Ms, source: r.latency.source },
      initBilledMs: r.initBilledMs,
      target: r.settings.targetP99Ms === null ? { noVisibleColdStart: true } : { p99Ms: r.settings.targetP99Ms },
      keepAliveMinutes: r.settings.keepAliveMinutes,
      onDemandUsd: r.onDemandUsd.toString(),
      cheapest: r.cheapest,
      pcBreakeven: r.pcBreakeven
        ? {
            concurrency: r.pcBreakeven.concurrency,
            requestsPerMonth: r.pcBreakeven.requestsPerMonth?.toString() ?? null,
            text: r.pcBreakeven.text,
          }
        : null,
      mitigations: r.mitigations.map((m) => ({
        id: m.id,
        label: m.label,
        what: m.what,
        ...(m.priced.ok
          ? {
              monthlyUsd: m.priced.monthlyUsd.toString(),
              monthlyCents: centsString(m.priced.monthlyUsd),
              extraUsd: m.priced.extraUsd.toString(),
              coldShare: m.priced.coldShare,
              p99Ms: m.priced.p99Ms,
              meetsTarget: m.priced.meetsTarget,
            }
          : { unavailable: m.priced.why }),
        notes: m.notes,
      })),
      notes: r.notes,
    })),
  };
}
