import { csvReport, jsonReport, markdownReport, tableReport } from '../../report';
import { type Args, choice } from '../args';
import { loadPriced } from '../load';

const FORMATS = ['table', 'json', 'markdown', 'csv'] as const;

/** `estimate <scenario.json> [--format table|json|markdown|csv]`. */
export function estimateCommand(args: Args, note?: (s: string) => void): string {
  const format = choice(args, 'format', FORMATS, 'table');
  const { book, analysis, scenario } = loadPriced(args, note);
  switch (format) {
    case 'json':
      return `${JSON.stringify(jsonReport(book, analysis, scenario.name), null, 2)}\n`;
    case 'markdown':
      return markdownReport(book, analysis);
    case 'csv':
      return csvReport(analysis);
    case 'table':
      return tableReport(book, analysis);
  }
}
