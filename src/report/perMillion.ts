import { type SystemEstimate, cannotRun, formatUsd } from '../engine';

// Its own module: the results table shows it without loading the exports (textReport), which use it too.

/** Cost per million requests at the scenario's traffic ("$1.87", laid out for `locale`), or null at zero traffic. */
export function perMillion(e: SystemEstimate, locale = 'en-US'): string | null {
  return e.requestsPerMonth.isZero() || cannotRun(e.limits)
    ? null
    : formatUsd(e.monthlyUsd.div(e.requestsPerMonth).times(1_000_000), locale);
}
