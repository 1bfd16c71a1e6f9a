import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import { readFileSync } from 'node:fs';
import { ARCHITECTURES, type Architecture, type ResolvedScenario } from '../../engine';
import { type MeasuredPoint, type RightsizeOptions, rightsize } from '../../kinds/aws-lambda/rightsizing';
import { parsePowerTuningLink, parseReportLines, summarizeReports } from '../../measure';
import { formatIssues } from '../../scenario';
import { type Args, choice } from '../args';
import { loadPriced } from '../load';
import { UsageError } from '../usage';
import { type MeasuredInfo, rightsizeJson, rightsizeMarkdown, rightsizeTable } from './rightsizeOutput';

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

type Measured = { points: readonly MeasuredPoint[]; info: MeasuredInfo; apply: Partial<ResolvedScenario['workload']> };

function fromReportLines(path: string): Measured {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `--report-lines ${path}: no such file`
        : `--report-lines ${path}: cannot read (${code ?? String(e)})`,
    );
  }
  const parsed = parseReportLines(text.replace(/^\uFEFF/, ''));
  if (parsed.reports.length === 0) {
    throw new UsageError(
      `--report-lines ${path}: no readable REPORT lines (${parsed.skipped} skipped${parsed.problems[0] ? `; line ${parsed.problems[0].line}: ${parsed.problems[0].reason}` : ''})`,
    );
  }
  const s = summarizeReports(parsed.reports);
  const apply = {
    coldStartRate: s.coldStartRate,
    ...(s.initDurationMs !== null ? { initDurationMs: s.initDurationMs } : {}),
    ...(s.maxMemoryUsedMb !== null ? { maxMemoryUsedMb: s.maxMemoryUsedMb } : {}),
  };
  return {
    points: s.points,
    apply,
    info: {
      source: 'report-lines',
      parsed: parsed.reports.length,
      skipped: parsed.skipped,
      problems: parsed.problems,
      summary: s,
    },
  };
}

function fromPowerTuning(url: string): Measured {
  const r = parsePowerTuningLink(url);
  if (!r.ok) throw new UsageError(`--power-tuning: ${r.message}`);
  const [first] = r.series;
  if (!first) throw new UsageError('--power-tuning: the link holds no results');
  return {
    points: first.points,
    apply: {},
    info: {
      source: 'power-tuning',
      parsed: first.points.length,
      skipped: 0,
      problems: [],
      label: first.label,
      series: r.series.length,
    },
  };
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
  const measured =
    reportPath !== undefined ? fromReportLines(reportPath) : ptUrl !== undefined ? fromPowerTuning(ptUrl) : null;
  // The resolved scenario and price book pricing already made: right-sizing re-prices only the sweep.
  const { book, resolved } = loadPriced(args);
  const workload = { ...resolved.workload, ...measured?.apply };
  const systemId = stringOption(args, 'system');
  const lambda = resolved.systems.find((s) => s.kind === AWS_LAMBDA && (systemId === undefined || s.id === systemId));
  const defaultArch: Architecture =
    (lambda?.kind === AWS_LAMBDA ? lambda.architecture : undefined) ?? workload.architecture;
  const measuredArch = choice(args, 'measured-architecture', ARCHITECTURES, defaultArch);
  const options: RightsizeOptions = {
    ...(systemId !== undefined ? { systemId } : {}),
    ...(weight !== undefined ? { weight } : {}),
    ...(latencyLimitMs !== undefined ? { latencyLimitMs } : {}),
    ...(stepMb !== undefined ? { stepMb } : {}),
    latencyMetric,
    ...(measured ? { measured: { architecture: measuredArch, points: measured.points } } : {}),
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
      return rightsizeTable(book, r, info);
  }
}
