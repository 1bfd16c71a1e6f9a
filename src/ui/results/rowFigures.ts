import { type Analysis, type Decimal, type SystemEstimate, cannotRun, worstGrade } from '../../engine';
import { CANNOT_RUN } from '../../report/limitsText';
import { perMillion } from '../../report/perMillion';
import { USER_LOCALE, percent, usd } from '../format';
import { grossOf, shareOf } from './billShares';

/** The text of one result row's cells, as the results table shows them (React's and the link's static paint). */
export type RowFigures = {
  readonly unable: boolean;
  readonly cheapest: boolean;
  readonly secondary: boolean;
  /** "$1.87", or "cannot run" for a workload the platform cannot run. */
  readonly monthly: string;
  readonly perMillion: string;
  /** "Lambda duration: 89%", or "—". */
  readonly largest: string;
};

/**
 * A row's figures. One function for the app's table (ResultRows) and the shared link's first paint
 * (src/app/linkPaint.ts), so the static figures and the app that takes them over cannot disagree.
 * `cheapestUsd`: the least total among the systems that can run ({@link cheapestUsdOf}).
 */
export function rowFigures(e: SystemEstimate, cheapestUsd: Decimal | null): RowFigures {
  const top = [...e.lines].sort((a, b) => b.usd.comparedTo(a.usd))[0];
  // Shares of the charges before credits: a credit or discount never pushes a share past 100%.
  const grossUsd = grossOf(e.lines.map((l) => l.usd));
  const unable = cannotRun(e.limits);
  return {
    unable,
    cheapest: cheapestUsd !== null && !unable && e.monthlyUsd.eq(cheapestUsd),
    secondary: worstGrade(e.lines.map((l) => l.grade)) === 'secondary',
    monthly: unable ? CANNOT_RUN : usd(e.monthlyUsd),
    perMillion: perMillion(e, USER_LOCALE) ?? '—',
    largest: top && top.usd.gt(0) ? `${top.label}: ${percent(shareOf(top.usd, grossUsd))}` : '—',
  };
}

/** The least monthly total among the systems the platform can run (one that cannot is never the cheapest), or null. */
export function cheapestUsdOf(analysis: Analysis): Decimal | null {
  return analysis.estimates
    .filter((e) => !cannotRun(e.limits))
    .reduce<Decimal | null>((m, e) => (m === null || e.monthlyUsd.lt(m) ? e.monthlyUsd : m), null);
}
