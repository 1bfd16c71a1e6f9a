import { csvReport, exportHeader, jsonReport, markdownReport, tableReport } from '../../report';
import { type Args, choice } from '../args';
import { linkBack } from '../link';
import { pricedColdStartWarnings } from '../../report/coldstart';
import { loadPriced } from '../load';

const FORMATS = ['table', 'json', 'markdown', 'csv'] as const;

/** `estimate <scenario.json> [--format table|json|markdown|csv] [--link-base URL]`. */
export function estimateCommand(args: Args, note?: (s: string) => void): string {
  const format = choice(args, 'format', FORMATS, 'table');
  const priced = loadPriced(args, note);
  const { book, analysis, scenario } = priced;
  // Markdown and CSV open with what produced them, and the link that reopens it.
  const header = () => exportHeader(priced.resolved, book, linkBack(args, priced));
  // The latency target's warnings (coldStart.targetP99Ms), beside the limit warnings.
  const warnings = pricedColdStartWarnings(priced);
  switch (format) {
    case 'json':
      return `${JSON.stringify(jsonReport(book, analysis, scenario.name, warnings), null, 2)}\n`;
    case 'markdown':
      return markdownReport(book, analysis, header(), warnings);
    case 'csv':
      return csvReport(analysis, header(), warnings);
    case 'table':
      return tableReport(book, analysis, warnings);
  }
}
