import { type Analysis, type PriceBook, cannotRun, centsString, formatUsd } from '../engine';
import { breakevenSentence } from './breakevenSentence';
import { type ExportHeader, csvHeaderRows, markdownHeader, plainNumbers, plainRequests } from './exportHeader';
import { filesUsed, usedWarnings } from './jsonReport';
import { pricedIn } from './pricedIn';
import { CANNOT_RUN, findingText, limitTexts, monthlyText } from './limitsText';
import { serverWarnings } from './serverWarnings';
import type { SystemWarning } from './coldstart/systemWarning';
import { escapeMd } from './markdownText';
import { cheapestSentence } from './cheapestSentence';
import { perMillion } from './perMillion';

function names(a: Analysis): Map<string, string> {
  return new Map(a.estimates.map((e) => [e.id, e.name]));
}

/** "Prices as of 2025-08-01 (us-east-1): aws/lambda/2025-08-01, …" — the files the estimate used. */
export function pricesAsOf(book: PriceBook, a: Analysis): string {
  return `Prices as of ${book.pricingDate} (${book.region}): ${filesUsed(book, a)
    .map((f) => f.id)
    .join(', ')}`;
}

/** The default terminal output: a table of systems, their lines, and the breakevens. */
export function tableReport(book: PriceBook, a: Analysis, warnings: readonly SystemWarning[] = []): string {
  const rows = [
    ...a.estimates.map((e) => [e.name, monthlyText(e), perMillion(e) ?? '—']),
    ...a.unpriced.map((u) => [u.name, 'not priced', '—']),
  ];
  const head = ['System', 'Monthly', 'Per 1M requests'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: readonly string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [
    `${a.requestsPerMonth.toNumber().toLocaleString('en-US')} requests/month (${pricedIn(book)})`,
    '',
    fmt(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(fmt),
    '',
  ];
  const sustained = serverWarnings(a);
  for (const e of a.estimates) {
    out.push(`${e.name}:`);
    for (const t of limitTexts(e)) out.push(`  ${t}`);
    for (const w of [...sustained, ...warnings].filter((x) => x.id === e.id)) out.push(`  ${w.text}`);
    for (const l of e.lines) out.push(`  ${l.label}: ${l.trace}`);
    for (const n of e.notes) out.push(`  note: ${n}`);
    if (e.parts) out.push('  by component (pooled lines shared by quantity):');
    for (const p of e.parts ?? []) out.push(`    ${p.name}: ${formatUsd(p.monthlyUsd)}`);
  }
  for (const u of a.unpriced) out.push(`${u.name}:`, `  not priced: ${u.message} (${u.field})`);
  out.push('', 'Cheapest at every traffic (0 … 10^12 requests/month):', `  ${cheapestSentence(a.cheapest, names(a))}`);
  out.push('', 'Breakevens (0 … 10^12 requests/month):');
  if (a.breakevens.length === 0) out.push('  none: the order of systems never changes');
  for (const b of a.breakevens) out.push(`  ${breakevenSentence(b, names(a))}`);
  out.push('', pricesAsOf(book, a));
  for (const w of usedWarnings(book, a)) out.push(`warning: ${w}`);
  return `${out.join('\n')}\n`;
}

/**
 * A Markdown table with "prices as of", ready for an architecture document; with a `header`, it opens
 * with its inputs, price date, region and link back.
 */
export function markdownReport(
  book: PriceBook,
  a: Analysis,
  header?: ExportHeader,
  warnings: readonly SystemWarning[] = [],
): string {
  const out = [...(header ? markdownHeader(header) : []), '| System | Monthly | Per 1M requests |', '|---|---:|---:|'];
  for (const e of a.estimates) {
    out.push(`| ${escapeMd(e.name)} | ${monthlyText(e)} | ${perMillion(e) ?? '—'} |`);
    for (const p of e.parts ?? []) out.push(`| &nbsp;&nbsp;↳ ${escapeMd(p.name)} | ${formatUsd(p.monthlyUsd)} | |`);
  }
  for (const u of a.unpriced) out.push(`| ${escapeMd(u.name)} | not priced: ${escapeMd(u.message)} | — |`);
  out.push('', `At ${a.requestsPerMonth.toNumber().toLocaleString('en-US')} requests/month (${pricedIn(book)}).`);
  for (const e of a.estimates) for (const t of limitTexts(e)) out.push('', `- **${escapeMd(e.name)}:** ${escapeMd(t)}`);
  for (const w of [...serverWarnings(a), ...warnings]) out.push('', `- ${escapeMd(w.text)}`);
  out.push('', `**Cheapest at every traffic:** ${escapeMd(cheapestSentence(a.cheapest, names(a)))}`, '');
  for (const b of a.breakevens) out.push(`- ${escapeMd(breakevenSentence(b, names(a)))}`);
  out.push('', `_${pricesAsOf(book, a)}._`);
  return `${out.join('\n')}\n`;
}

/**
 * CSV of every line item: one row per line, numbers in plain decimal (quantities to 6 places or 6
 * significant digits, rates and exact dollars to 10). With a `header`, rows with no system come first:
 * the scenario, its inputs, the price date and region, and the link back.
 */
export function csvReport(
  a: Analysis,
  header?: ExportHeader,
  warnings: readonly SystemWarning[] = [],
  more: readonly (readonly string[])[] = [],
): string {
  const rows = [['system_id', 'system', 'line', 'quantity', 'unit', 'rate_usd_per_unit', 'usd', 'usd_exact', 'trace']];
  const sustained = serverWarnings(a);
  for (const e of a.estimates) {
    for (const l of e.lines) {
      rows.push([
        e.id,
        e.name,
        l.label,
        l.quantity.toString(),
        l.unit,
        l.rate.usdPerUnit.toString(),
        centsString(l.usd),
        l.usd.toString(),
        l.trace,
      ]);
    }
    // A system the platform cannot run keeps its lines' sum, labelled so no reader takes it for a price.
    const total = cannotRun(e.limits) ? `Total (${CANNOT_RUN})` : 'Total';
    rows.push([e.id, e.name, total, '', '', '', centsString(e.monthlyUsd), e.monthlyUsd.toString(), '']);
    for (const f of e.limits ?? [])
      rows.push([
        e.id,
        e.name,
        f.severity === 'unable' ? CANNOT_RUN : 'Limit warning',
        '',
        '',
        '',
        '',
        '',
        findingText(f),
      ]);
    for (const w of sustained.filter((x) => x.id === e.id))
      rows.push([e.id, e.name, 'Sustained traffic', '', '', '', '', '', w.text]);
    for (const w of warnings.filter((x) => x.id === e.id))
      rows.push([e.id, e.name, w.label, '', '', '', '', '', w.text]);
    for (const p of e.parts ?? []) {
      const trace = `${p.id}: its own lines and its share of pooled lines`;
      rows.push([
        e.id,
        e.name,
        `Component ${p.name}`,
        '',
        '',
        '',
        centsString(p.monthlyUsd),
        p.monthlyUsd.toString(),
        trace,
      ]);
    }
  }
  for (const u of a.unpriced) rows.push([u.id, u.name, 'Not priced', '', '', '', '', '', `${u.message} (${u.field})`]);
  // Sections of their own in the same columns (the cold starts' options), after every system.
  rows.push(...more.map((r) => [...r]));
  // The cheapest at every traffic, one row per segment: quantity is where it starts (exclusive), the
  // trace where it ends (inclusive), both exact.
  const byId = names(a);
  // Every number so far in plain decimal at a sensible precision (the segments' bounds are written so below),
  // and the header's rows right under the column names.
  plainNumbers(rows);
  if (header) rows.splice(1, 0, ...csvHeaderRows(header));
  for (const seg of a.cheapest) {
    const others = (ids: readonly string[]) => ids.map((id) => byId.get(id) ?? id).join(', ');
    const to = seg.toRequestsPerMonth ? plainRequests(seg.toRequestsPerMonth) : 'the end of the range (10^12)';
    const notes = [
      ...(seg.tiedWith.length > 0 ? [`the same cost: ${others(seg.tiedWith)}`] : []),
      ...(seg.undetermined.length > 0 ? [`alternating with ${others(seg.undetermined)}: not every change listed`] : []),
    ];
    const from = seg.fromRequestsPerMonth ? plainRequests(seg.fromRequestsPerMonth) : '0';
    const trace = `cheapest above ${from} up to ${to} requests/month${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
    rows.push([seg.id, byId.get(seg.id) ?? seg.id, 'Cheapest from', from, 'requests/month', '', '', '', trace]);
  }
  // Where the prices come from: the header says so when there is one; without it, the last row.
  if (!header) rows.push(['', '', 'Priced in', '', '', '', '', '', pricedIn(a.book)]);
  return `${rows.map((r) => r.map((c, i) => csvCell(c, NUMBER_COLUMNS.has(i))).join(',')).join('\n')}\n`;
}

/** quantity, rate_usd_per_unit, usd, usd_exact: numbers this exporter writes from Decimals. */
const NUMBER_COLUMNS = new Set([3, 5, 6, 7]);
/** A number as plainDecimal or centsString writes it ("-0.20"; exponents too): a spreadsheet must read it as a number. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]\d+)?$/;
/** What a spreadsheet reads as the start of a formula (OWASP, CSV injection): = + - @, also after spaces, or a leading tab or CR. */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

/** One CSV cell: a cell that could run as a formula is prefixed with ' and quoted; quotes, commas, CR and LF are quoted. */
export function csvCell(s: string, isNumber = false): string {
  const formula = FORMULA_START.test(s) && !(isNumber && PLAIN_NUMBER.test(s));
  const safe = formula ? `'${s}` : s;
  return formula || /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export { escapeMd } from './markdownText';
