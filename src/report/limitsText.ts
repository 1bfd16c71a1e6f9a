import { type LimitFinding, type SystemEstimate, cannotRun, formatUsd } from '../engine';

/** What every front end says in place of the price of a system the platform cannot run. */
export const CANNOT_RUN = "can't run this workload";

/** The monthly figure as a table shows it: the price, or that the platform cannot run the workload. */
export function monthlyText(e: SystemEstimate, locale = 'en-US'): string {
  return cannotRun(e.limits) ? CANNOT_RUN : formatUsd(e.monthlyUsd, locale);
}

/** A finding's source in one line: "Lambda quotas … (https://…, shown 2018-10-10, retrieved 2026-12-07, official)". */
export function sourceText(f: LimitFinding): string {
  const s = f.source;
  const shown = s.dateShown === null ? 'undated' : `shown ${s.dateShown}`;
  return `${s.title} (${s.url}, ${shown}, retrieved ${s.retrieved}, ${s.grade})`;
}

/** A finding in one sentence with what to do instead and its source. */
export function findingText(f: LimitFinding): string {
  const head = f.severity === 'unable' ? `${upperFirst(CANNOT_RUN)}:` : 'Limit warning:';
  return `${head} ${f.message} Instead: ${f.instead}. Source: ${sourceText(f)}.`;
}

/** Every finding of a system, unable first; with the figure it would cost where it cannot run. */
export function limitTexts(e: SystemEstimate, locale = 'en-US'): string[] {
  const findings = [...(e.limits ?? [])].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'unable' ? -1 : 1,
  );
  const out = findings.map(findingText);
  if (cannotRun(e.limits))
    out.push(
      `Not a choice at any traffic: its lines below (${formatUsd(e.monthlyUsd, locale)}) are what it would cost if it could run.`,
    );
  return out;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
