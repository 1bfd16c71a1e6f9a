import { type Decimal, type PriceBook, type ResolvedScenario, dec } from '../engine';
import { escapeMd } from './markdownText';

/** One input an export states: how it reads ("512 MB"), and as a number with its unit where it is one. */
export type HeaderItem = {
  readonly label: string;
  readonly text: string;
  readonly quantity?: number;
  readonly unit?: string;
};

/**
 * What an export says about itself, so a file read on its own says what produced it: the scenario's
 * name, the inputs that set the bill, the price date and region, and a link back when there is one.
 */
export type ExportHeader = {
  readonly name?: string;
  readonly inputs: readonly HeaderItem[];
  readonly pricingDate: string;
  readonly region: string;
  readonly link?: string;
};

const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 6 });

function freeTierText(o: ResolvedScenario['options']): string {
  const on = [o.freeTier ? 'perpetual free tiers' : '', o.apiGatewayFreeTier ? 'API Gateway 12-month' : ''];
  const list = on.filter(Boolean);
  return list.length === 0 ? 'free tier off' : `free tier on (${list.join(', ')})`;
}

/** The header of an export of `scenario` priced with `book`; `link` is the share link, when there is one. */
export function exportHeader(scenario: ResolvedScenario, book: PriceBook, link?: string): ExportHeader {
  const w = scenario.workload;
  const coldPct = Number((w.coldStartRate * 100).toPrecision(6));
  const inputs: HeaderItem[] = [
    {
      label: 'Traffic',
      text: `${n(w.requestsPerMonth)} requests/month`,
      quantity: w.requestsPerMonth,
      unit: 'requests/month',
    },
    { label: 'Duration', text: `${n(w.durationMs)} ms`, quantity: w.durationMs, unit: 'ms' },
    { label: 'Memory', text: `${n(w.memoryMb)} MB`, quantity: w.memoryMb, unit: 'MB' },
    { label: 'Architecture', text: w.architecture },
    { label: 'Free tier', text: freeTierText(scenario.options) },
    {
      label: 'Cold starts',
      text: coldPct === 0 ? 'no cold starts' : `${n(coldPct)}% cold starts, INIT ${n(w.initDurationMs)} ms`,
      quantity: coldPct,
      unit: '% of invocations',
    },
  ];
  return {
    ...(scenario.name !== undefined ? { name: scenario.name } : {}),
    inputs,
    pricingDate: book.pricingDate,
    region: book.region,
    ...(link !== undefined ? { link } : {}),
  };
}

/** A link for Markdown: a full URL as a link; a bare fragment (`#s=…`, the CLI without --link-base) as code. */
function markdownLink(link: string): string {
  return /^https?:\/\//.test(link)
    ? `[Open this scenario](${link.replace(/[()\s]/g, encodeURIComponent)})`
    : `scenario link: \`${link}\` (after the app's address)`;
}

/**
 * The header as Markdown: one line of inputs, price date, region and link (the name is the document's
 * title, which the export writes itself).
 */
export function markdownHeader(h: ExportHeader): string[] {
  const facts = [...h.inputs.map((i) => i.text), `prices as of ${h.pricingDate} (${h.region})`].map(escapeMd);
  if (h.link !== undefined) facts.push(markdownLink(h.link));
  return [facts.join(' · '), ''];
}

/** The header as CSV rows of the report's 9 columns (system_id and system empty): line, quantity, unit, trace. */
export function csvHeaderRows(h: ExportHeader): string[][] {
  const row = (line: string, quantity: string, unit: string, trace: string) => [
    '',
    '',
    line,
    quantity,
    unit,
    '',
    '',
    '',
    trace,
  ];
  return [
    ...(h.name !== undefined ? [row('Scenario', '', '', h.name)] : []),
    ...h.inputs.map((i) =>
      row(
        `Input: ${i.label}`,
        i.quantity === undefined ? '' : plainDecimal(dec(i.quantity), 6, 6),
        i.unit ?? '',
        i.text,
      ),
    ),
    row('Prices as of', '', '', `${h.pricingDate} (${h.region})`),
    ...(h.link !== undefined ? [row('Link', '', '', h.link)] : []),
  ];
}

/**
 * A Decimal in plain notation at a sensible precision for a spreadsheet: never an exponent ("2e-7"),
 * never 34 digits. At or above 1 it keeps `decimals` places (integers stay exact); below, `significant` digits.
 */
export function plainDecimal(d: Decimal, decimals: number, significant: number): string {
  return (d.abs().gte(1) ? d.toDecimalPlaces(decimals) : d.toSignificantDigits(significant)).toFixed();
}

/** Requests at a segment's bound: to a hundredth of a request (the JSON report has them exact). */
export const plainRequests = (d: Decimal): string => plainDecimal(d, 2, 6);

/** CSV columns written from Decimals, with their precision: quantity, rate_usd_per_unit, usd_exact (usd is cents). */
const CSV_PRECISION: readonly (readonly [column: number, decimals: number, significant: number])[] = [
  [3, 6, 6],
  [5, 10, 10],
  [7, 10, 10],
];
const DECIMAL = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/** Rewrites the CSV's number cells (after its title row) in plain decimal: "2e-7" → "0.0000002", 34 digits → 10. */
export function plainNumbers(rows: string[][]): void {
  for (const row of rows.slice(1))
    for (const [i, decimals, significant] of CSV_PRECISION) {
      const v = row[i];
      if (v !== undefined && DECIMAL.test(v)) row[i] = plainDecimal(dec(v), decimals, significant);
    }
}
