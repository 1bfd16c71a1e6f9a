import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import { ARCHITECTURES, type Architecture } from '../../engine';
import { type RightsizeOptions, rightsize } from '../../kinds/aws-lambda/rightsizing';
import { formatIssues } from '../../scenario';
import { type Args, choice } from '../args';
import { loadPriced } from '../load';
import { UsageError } from '../usage';
import { rightsizeJson, rightsizeMarkdown, rightsizeTable } from './rightsizeOutput';
import { fromPowerTuning, fromReportLines } from './rightsizeSources';

const FORMATS = ['table', 'json', 'markdown'] as const;

function numberOption(args: Args, name: string, min: number, max: number): number | undefined {
  const v = args.options.get(name);
  if (v === undefined) return undefined;
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  if (!Number.isFinite(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a number from ${min} to ${max}`);
  return n;
}

function stringOption(args: Args, name: string): string | undefined {
  const v = args.options.get(name);
  if (v === true) throw new UsageError(`option --${name} needs a value`);
  return v;
}

/** `rightsize <scenario.json>`: the Lambda system's bill at every memory size, and what to pick. */
export function rightsizeCommand(args: Args): string {
  const format = choice(args, 'format', FORMATS, 'table');
  const weight = numberOption(args, 'weight', 0, 1);
  const latencyLimitMs = numberOption(args, 'latency-limit', 1, 900_000);
  const latencyMetric = choice(args, 'latency-metric', ['average', 'p95'] as const, 'average');
  const stepMb = numberOption(args, 'step', 1, 10_240);
  const reportPath = stringOption(args, 'report-lines');
  const ptUrl = stringOption(args, 'power-tuning');
  if (reportPath !== undefined && ptUrl !== undefined)
    throw new UsageError('give either --report-lines or --power-tuning, not both');
  const fn = stringOption(args, 'function');
  const measured =
    reportPath !== undefined ? fromReportLines(reportPath, fn) : ptUrl !== undefined ? fromPowerTuning(ptUrl) : null;
  // The resolved scenario and price book pricing already made: right-sizing re-prices only the sweep.
  const { book, resolved } = loadPriced(args);
  const workload = { ...resolved.workload, ...measured?.apply };
  const systemId = stringOption(args, 'system');
  const lambda = resolved.systems.find((s) => s.kind === AWS_LAMBDA && (systemId === undefined || s.id === systemId));
  const defaultArch: Architecture =
    (lambda?.kind === AWS_LAMBDA ? lambda.architecture : undefined) ?? workload.architecture;
  // The architecture the measurements say they ran on, unless told otherwise.
  const measuredArch = choice(args, 'measured-architecture', ARCHITECTURES, measured?.architecture ?? defaultArch);
  const limitMs = numberOption(args, 'timeout', 1, 900_000) ?? measured?.durationLimitMs;
  const options: RightsizeOptions = {
    ...(systemId !== undefined ? { systemId } : {}),
    ...(weight !== undefined ? { weight } : {}),
    ...(latencyLimitMs !== undefined ? { latencyLimitMs } : {}),
    ...(stepMb !== undefined ? { stepMb } : {}),
    latencyMetric,
    ...(args.options.has('interpolate') ? { interpolate: true } : {}),
    ...(measured
      ? {
          measured: {
            architecture: measuredArch,
            points: measured.points,
            ...(measured.other && measured.other.architecture !== measuredArch ? { other: measured.other } : {}),
            ...(measured.currentMemoryMb !== undefined ? { currentMemoryMb: measured.currentMemoryMb } : {}),
          },
        }
      : {}),
    ...(limitMs !== undefined ? { durationLimitMs: limitMs } : {}),
  };
  const result = rightsize(book, { ...resolved, workload }, options);
  if (!result.ok) throw new UsageError(`${args.positional[0]}: cannot right-size:\n${formatIssues(result.issues)}`);
  const r = result.rightsizing;
  const info = measured?.info ?? null;
  const limitGiven = latencyLimitMs !== undefined;
  switch (format) {
    case 'json':
      return `${JSON.stringify(rightsizeJson(book, r, info, limitGiven), null, 2)}\n`;
    case 'markdown':
      return rightsizeMarkdown(book, r, info);
    case 'table':
      return rightsizeTable(book, r, info, args.options.has('sweep'));
  }
}
