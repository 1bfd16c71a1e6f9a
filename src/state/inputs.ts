import { type CostScale, DEFAULT_SCENARIO, type Scenario } from '../scenario';

/** How the user types traffic; the scenario always stores requests per month. */
export const RATE_UNITS = ['month', 'day', 'minute', 'second'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

/** The breakeven chart's traffic window, as powers of ten (10^4 … 10^10 by default). */
export type ChartRange = { readonly fromExp: number; readonly toExp: number };
export type { CostScale };

/**
 * Everything the user chose, and nothing derived: the scenario (which may be invalid while being
 * edited; it holds the chart's window and cost scale too, `chart`, so links and exports carry them)
 * and how traffic is typed. Results are computed from this by selectors.
 */
export type AppInputs = {
  readonly scenario: Scenario;
  readonly requestsUnit: RateUnit;
};

/** The page's first load: the default comparison, requests typed per month (its chart: 10^4 … 10^10, log). */
export const INITIAL_INPUTS: AppInputs = {
  scenario: DEFAULT_SCENARIO,
  requestsUnit: 'month',
};

/** Seconds in the 730-hour month the engine uses: converts per-second/minute/day rates. */
const SECONDS_PER_MONTH = 730 * 3600;
const SECONDS_PER: Record<RateUnit, number> = { month: SECONDS_PER_MONTH, day: 86_400, minute: 60, second: 1 };

/** Requests per `unit` → requests per month (a 730-hour month, as the engine bills). */
export function toPerMonth(rate: number, unit: RateUnit): number {
  return (rate * SECONDS_PER_MONTH) / SECONDS_PER[unit];
}

/** Requests per month → requests per `unit`. */
export function fromPerMonth(perMonth: number, unit: RateUnit): number {
  return (perMonth * SECONDS_PER[unit]) / SECONDS_PER_MONTH;
}
