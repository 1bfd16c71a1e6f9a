import type { Grade } from './pricebook';

/**
 * A documented platform limit the workload runs into: `unable` when the platform cannot run it at
 * all (a duration over the timeout, a payload over the invocation limit), so the system is never
 * the cheapest; `warning` when it can, at a cost or with a change the reader should know about.
 */
export type LimitFinding = {
  /** The limit's id in the limits data (`aws-lambda-duration`). */
  readonly check: string;
  readonly severity: 'unable' | 'warning';
  /** What was exceeded, with both numbers: "AWS Lambda's timeout is 15 minutes; this runs 1,200,000 ms". */
  readonly message: string;
  /** What to do instead. */
  readonly instead: string;
  readonly source: {
    readonly url: string;
    readonly title: string;
    readonly dateShown: string | null;
    readonly retrieved: string;
    readonly grade: Grade;
  };
};

/** True when some finding says the platform cannot run the workload. */
export function cannotRun(findings: readonly LimitFinding[] | undefined): boolean {
  return findings !== undefined && findings.some((f) => f.severity === 'unable');
}

/** Only the findings that make the workload impossible to run. */
export function unableFindings(findings: readonly LimitFinding[] | undefined): readonly LimitFinding[] {
  return (findings ?? []).filter((f) => f.severity === 'unable');
}
