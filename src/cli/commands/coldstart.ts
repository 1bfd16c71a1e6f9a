import { type ColdStartSettings, RUNTIMES } from '../../kinds/aws-lambda/coldstart';
import { scenarioColdStarts } from '../../report/coldstart';
import { coldStartCsv, coldStartJson, coldStartMarkdown, coldStartTable } from '../../report/coldStartReport';
import { formatIssues, resolveColdStart } from '../../scenario';
import { type Args, choice } from '../args';
import { loadPriced } from '../load';
import { UsageError } from '../usage';
import { fromReportLines } from './rightsizeSources';

const FORMATS = ['table', 'json', 'markdown', 'csv'] as const;

function numberOption(args: Args, name: string, min: number, max: number): number | undefined {
  const v = args.options.get(name);
  if (v === undefined) return undefined;
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  if (!Number.isFinite(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a number from ${min} to ${max}`);
  return n;
}

/**
 * `coldstart <scenario.json>`: each Lambda system's and architecture Lambda component's cold-start rate (modelled, the scenario's, or
 * measured with --report-lines), and what each way of meeting the latency target costs.
 */
export function coldstartCommand(args: Args): string {
  const format = choice(args, 'format', FORMATS, 'table');
  const reportPath = args.options.get('report-lines');
  if (reportPath === true) throw new UsageError('option --report-lines needs a value');
  const fn = args.options.get('function');
  if (fn === true) throw new UsageError('option --function needs a value');
  const measured = reportPath !== undefined ? fromReportLines(reportPath, fn) : null;
  const { book, resolved, scenario } = loadPriced(args);
  const base = resolveColdStart(scenario.coldStart);
  const target = numberOption(args, 'target-p99', 1, 900_000);
  const keepAlive = numberOption(args, 'keep-alive', 1, 60);
  const settings: ColdStartSettings = {
    ...base,
    runtime: choice(args, 'runtime', RUNTIMES, base.runtime),
    ...(keepAlive !== undefined ? { keepAliveMinutes: keepAlive } : {}),
    ...(target !== undefined ? { targetP99Ms: target } : {}),
  };
  const summary = measured?.info.source === 'report-lines' ? measured.info.summary : null;
  const result = scenarioColdStarts(
    {
      book,
      scenario: resolved,
      settings,
      measured: summary ? { coldStartRate: summary.coldStartRate, invocations: summary.invocations } : null,
    },
    scenario.architectures,
  );
  if (!result.ok)
    throw new UsageError(`${args.positional[0]}: cannot price cold starts:\n${formatIssues(result.issues)}`);
  switch (format) {
    case 'json':
      return `${JSON.stringify(coldStartJson(result.reports), null, 2)}\n`;
    case 'markdown':
      return coldStartMarkdown(result.reports);
    case 'csv':
      return coldStartCsv(result.reports);
    case 'table':
      return coldStartTable(result.reports);
  }
}
