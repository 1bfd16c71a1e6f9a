import { formatUsd } from '../../engine';
import { breakevenSentence, jsonReport } from '../../report';
import { type Args, choice } from '../args';
import { loadPriced } from '../load';

/** `breakeven <scenario.json>`: every crossing, with both systems' monthly cost there. */
export function breakevenCommand(args: Args): string {
  const format = choice(args, 'format', ['table', 'json'] as const, 'table');
  const { book, analysis } = loadPriced(args);
  if (format === 'json') {
    const { breakevens, pricing } = jsonReport(book, analysis);
    return `${JSON.stringify({ pricing, breakevens }, null, 2)}\n`;
  }
  const names = new Map(analysis.estimates.map((e) => [e.id, e.name]));
  const lines = analysis.breakevens.map((b) => {
    const [a, c] = b.between;
    const costs = `${names.get(a)} ${formatUsd(b.usdA)}, ${names.get(c)} ${formatUsd(b.usdB)}`;
    const above = b.kind === 'jump' ? `; just above: ${formatUsd(b.usdAAbove)}, ${formatUsd(b.usdBAbove)}` : '';
    return `${b.requestsPerMonth.toDecimalPlaces(0).toNumber().toLocaleString('en-US').padStart(17)} requests/month  ${breakevenSentence(b, names)}  (${costs}${above})`;
  });
  if (lines.length === 0) lines.push('No breakeven in 0 … 10^12 requests/month: the cheapest system never changes.');
  for (const [a, c] of analysis.truncatedPairs)
    lines.push(
      `note: ${a} and ${c} cost within one instance of each other over a wide range; crossings listed up to the walk limit.`,
    );
  return `${lines.join('\n')}\nPrices as of ${book.pricingDate} (${book.region}).\n`;
}
