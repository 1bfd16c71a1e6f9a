import { csvReport, exportHeader, jsonReport, markdownReport, tableReport } from '../../report';
import { type Args, choice } from '../args';
import { linkBack } from '../link';
import { loadPriced } from '../load';

const FORMATS = ['table', 'json', 'markdown', 'csv'] as const;

/** `estimate <scenario.json> [--format table|json|markdown|csv] [--link-base URL]`. */
export function estimateCommand(args: Args, note?: (s: string) => void): string {
  const format = choice(args, 'format', FORMATS, 'table');
  const priced = loadPriced(args, note);
  const { book, analysis, scenario } = priced;
  // Markdown and CSV open with what produced them, and the link that reopens it.
  const header = () => exportHeader(priced.resolved, book, linkBack(args, priced));
  switch (format) {
    case 'json':
      return `${JSON.stringify(jsonReport(book, analysis, scenario.name), null, 2)}\n`;
    case 'markdown':
      return markdownReport(book, analysis, header());
    case 'csv':
      return csvReport(analysis, header());
    case 'table':
      return tableReport(book, analysis);
  }
}
