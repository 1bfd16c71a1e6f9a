import { checklist, checklistCsv, checklistJson, checklistMarkdown, checklistTable } from '../../report/checklist';
import { type Args, choice } from '../args';
import { loadPriced } from '../load';

const FORMATS = ['table', 'json', 'markdown', 'csv'] as const;

/** `checklist <scenario.json> [--format table|json|markdown|csv]`: the cost checklist, by monthly saving. */
export function checklistCommand(args: Args): string {
  const format = choice(args, 'format', FORMATS, 'table');
  const priced = loadPriced(args);
  const list = checklist(priced);
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        { requestsPerMonth: priced.analysis.requestsPerMonth.toString(), ...checklistJson(list) },
        null,
        2,
      )}\n`;
    case 'markdown':
      return checklistMarkdown(list);
    case 'csv':
      return checklistCsv(list);
    case 'table':
      return checklistTable(list);
  }
}
