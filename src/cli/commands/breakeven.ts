import type { Analysis } from '../../engine';
import { formatUsd } from '../../engine';
import { breakevenSentence, cheapestSentence, jsonReport } from '../../report';
import { type Args, choice } from '../args';
import { loadPriced } from '../load';

const count = (r: { toDecimalPlaces(n: number): { toNumber(): number } }) =>
  r.toDecimalPlaces(0).toNumber().toLocaleString('en-US');

/**
 * `breakeven <scenario.json>`: the cheapest system at every traffic, as a sentence and a table of
 * exact bounds; `--pairs` adds every pairwise crossing, sorted by traffic, with both costs there.
 * JSON always carries both.
 */
export function breakevenCommand(args: Args, note?: (s: string) => void): string {
  const format = choice(args, 'format', ['table', 'json'] as const, 'table');
  const { book, analysis } = loadPriced(args, note);
  if (format === 'json') {
    const { cheapest, cheapestSentence: sentence, breakevens, pricing, ...rest } = jsonReport(book, analysis);
    const truncated = 'truncatedPairs' in rest ? { truncatedPairs: rest.truncatedPairs } : {};
    return `${JSON.stringify({ pricing, cheapest, cheapestSentence: sentence, breakevens, ...truncated }, null, 2)}\n`;
  }
  const names = new Map(analysis.estimates.map((e) => [e.id, e.name]));
  const lines = [cheapestSentence(analysis.cheapest, names), '', ...cheapestTable(analysis, names)];
  if (args.options.has('pairs')) lines.push('', 'Pairwise crossings, by traffic:', ...pairLines(analysis, names));
  else if (analysis.breakevens.length > 0)
    lines.push(
      '',
      `${analysis.breakevens.length} pairwise crossing${analysis.breakevens.length === 1 ? '' : 's'}: breakeven --pairs ${analysis.breakevens.length === 1 ? 'says where' : 'lists them'}.`,
    );
  for (const [a, c] of analysis.truncatedPairs)
    lines.push(
      `note: ${a} and ${c} cost within one instance of each other over a wide range; crossings listed up to the walk limit.`,
    );
  return `${lines.join('\n')}\nPrices as of ${book.pricingDate} (${book.region}).\n`;
}

/** One row per segment: its exact range in whole requests and who is cheapest there. */
function cheapestTable(analysis: Analysis, names: ReadonlyMap<string, string>): string[] {
  return analysis.cheapest.map((s) => {
    const from = s.fromRequestsPerMonth === null ? '0' : count(s.fromRequestsPerMonth);
    const to = s.toRequestsPerMonth === null ? '10^12' : count(s.toRequestsPerMonth);
    const tied =
      s.tiedWith.length > 0 ? ` (the same cost: ${s.tiedWith.map((id) => names.get(id) ?? id).join(', ')})` : '';
    const unsure =
      s.undetermined.length > 0
        ? ` (or ${s.undetermined.map((id) => names.get(id) ?? id).join(', ')}: alternating, not every change listed)`
        : '';
    return `${`${from} – ${to}`.padStart(33)} requests/month  ${names.get(s.id) ?? s.id}${tied}${unsure}`;
  });
}

function pairLines(analysis: Analysis, names: ReadonlyMap<string, string>): string[] {
  const lines = analysis.breakevens.map((b) => {
    const [a, c] = b.between;
    const costs = `${names.get(a)} ${formatUsd(b.usdA)}, ${names.get(c)} ${formatUsd(b.usdB)}`;
    const above = b.kind === 'jump' ? `; just above: ${formatUsd(b.usdAAbove)}, ${formatUsd(b.usdBAbove)}` : '';
    return `${count(b.requestsPerMonth).padStart(17)} requests/month  ${breakevenSentence(b, names)}  (${costs}${above})`;
  });
  if (lines.length === 0) lines.push('No breakeven in 0 … 10^12 requests/month: the cheapest system never changes.');
  return lines;
}
