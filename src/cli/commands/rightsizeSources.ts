import { readFileSync } from 'node:fs';
import type { Architecture } from '../../engine';
import type { OwnWorkload } from '../../kinds/aws-lambda/ownWorkload';
import type { MeasuredPoint, MeasuredSeries } from '../../kinds/aws-lambda/rightsizing';
import { type ReportLine, parsePowerTuningLink, parseReportLines, summarizeReports } from '../../measure';
import { UsageError } from '../usage';
import type { MeasuredInfo } from './rightsizeMeasured';

/** Measurements read for the right-sizer: durations, the workload fields they set, and what to tell the user. */
export type Measured = {
  readonly points: readonly MeasuredPoint[];
  readonly info: MeasuredInfo;
  readonly apply: OwnWorkload;
  /** Share of invocations that were SnapStart restores, when any were. */
  readonly restoreRate?: number;
  /** Set when the measurements say which architecture they ran on. */
  readonly architecture?: Architecture;
  readonly other?: MeasuredSeries;
  readonly currentMemoryMb?: number;
  readonly durationLimitMs?: number;
};

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `--report-lines ${path}: no such file`
        : `--report-lines ${path}: cannot read (${code ?? String(e)})`,
    );
  }
}

/** One function's lines: refuses a paste that names several functions unless one is chosen. */
function oneFunction(path: string, reports: readonly ReportLine[], fn: string | undefined): readonly ReportLine[] {
  const counts = new Map<string, number>();
  for (const r of reports) if (r.functionName) counts.set(r.functionName, (counts.get(r.functionName) ?? 0) + 1);
  if (fn !== undefined) {
    const mine = reports.filter((r) => r.functionName === fn);
    if (mine.length === 0) throw new UsageError(`--function ${fn}: no REPORT line of ${path} names that function`);
    return mine;
  }
  if (counts.size <= 1) return reports;
  const list = [...counts].map(([n, c]) => `${n} (${c})`).join(', ');
  throw new UsageError(`--report-lines ${path}: lines of several functions: ${list}; choose one with --function`);
}

/** `--report-lines`: REPORT lines in any format CloudWatch gives them, summarised. */
export function fromReportLines(path: string, fn: string | undefined): Measured {
  const parsed = parseReportLines(readText(path));
  if (parsed.reports.length === 0) {
    const first = parsed.problems[0];
    throw new UsageError(
      `--report-lines ${path}: no readable REPORT lines (${parsed.skipped} skipped${first ? `; line ${first.line}: ${first.reason}` : ''})`,
    );
  }
  const reports = oneFunction(path, parsed.reports, fn);
  const s = summarizeReports(reports);
  const notes: string[] = [];
  if (s.coldStartWarning) notes.push(s.coldStartWarning);
  // The configured size: the one most invocations ran at.
  const current = [...s.points].sort((a, b) => b.invocations - a.invocations)[0];
  if (s.points.length > 1)
    notes.push(
      `lines at ${s.points.length} memory sizes (${s.points.map((p) => `${p.memoryMb} MB × ${p.invocations}`).join(', ')}): one function measured at several sizes, or several functions? Current is taken as ${current?.memoryMb} MB, the most frequent; paste one function's lines if they are not all one function's.`,
    );
  if (s.timeouts + s.errors > 0)
    notes.push(
      `${s.timeouts} invocation(s) timed out and ${s.errors} failed (e.g. out of memory): their durations are lower bounds.`,
    );
  const apply = {
    coldStartRate: s.coldStartRate,
    ...(s.initDurationMs !== null ? { initDurationMs: s.initDurationMs } : {}),
    ...(s.maxMemoryUsedMb !== null ? { maxMemoryUsedMb: s.maxMemoryUsedMb } : {}),
  };
  return {
    points: s.points,
    apply,
    ...(current ? { currentMemoryMb: current.memoryMb } : {}),
    ...(s.restores > 0 && s.invocations > 0 ? { restoreRate: s.restores / s.invocations } : {}),
    ...(s.timeoutMs !== null ? { durationLimitMs: s.timeoutMs } : {}),
    info: {
      source: 'report-lines',
      parsed: reports.length,
      skipped: parsed.skipped,
      problems: parsed.problems,
      summary: s,
      notes,
    },
  };
}

/** `--power-tuning`: the link's first series, and its second when it measured the other architecture. */
export function fromPowerTuning(url: string): Measured {
  const r = parsePowerTuningLink(url);
  if (!r.ok) throw new UsageError(`--power-tuning: ${r.message}`);
  const [first, second] = r.series;
  if (!first) throw new UsageError('--power-tuning: the link holds no results');
  const notes: string[] = [];
  for (const s of r.series)
    if (s.includesInit)
      notes.push(
        `series "${s.label}" is a cold-start run: its times include INIT, so they overstate warm invocations' durations.`,
      );
  const otherArch = second?.architecture;
  const other =
    second && otherArch && first.architecture && otherArch !== first.architecture
      ? { architecture: otherArch, points: second.points }
      : undefined;
  if (second && !other)
    notes.push(
      `the second series ("${second.label}") is not used: ${second.architecture === null ? second.architectureBasis : `it measured ${second.architecture} too`}.`,
    );
  return {
    points: first.points,
    apply: {},
    ...(first.architecture ? { architecture: first.architecture } : {}),
    ...(other ? { other } : {}),
    info: {
      source: 'power-tuning',
      parsed: first.points.length + (other?.points.length ?? 0),
      skipped: 0,
      problems: [],
      label: first.label,
      series: r.series.length,
      architecture: { measured: first.architecture ?? 'unknown', basis: first.architectureBasis },
      notes,
    },
  };
}
