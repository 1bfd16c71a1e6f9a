import { useMemo } from 'react';
import type { ColdStartResult } from '../../kinds/aws-lambda/coldstart';
import { pricedColdStarts, scenarioColdStarts } from '../../report/coldstart';
import { type Measurements, parseMeasurements } from '../../measure';
import type { PricedScenario } from '../../report';
import { resolveColdStart } from '../../scenario';

type Priced = Extract<PricedScenario, { ok: true }>;

/** What the panel shows, derived from (priced scenario, pasted REPORT lines); nothing stored. */
export type ColdStartState = {
  readonly measurements: Measurements;
  /** The measured rate's basis, when the paste holds REPORT lines. */
  readonly measured: { readonly coldStartRate: number; readonly invocations: number } | null;
  readonly result: ColdStartResult;
};

/**
 * Prices every Lambda system's (and architecture Lambda component's) cold starts and mitigations on the price book and resolved scenario
 * the app's pricing already made (a few dozen estimates, well under 5 ms for the default scenario).
 */
export function useColdStarts(priced: Priced, paste: string): ColdStartState {
  const measurements = useMemo(() => parseMeasurements(paste), [paste]);
  return useMemo(() => {
    const measured =
      measurements.kind === 'report-lines' && measurements.summary.invocations > 0
        ? { coldStartRate: measurements.summary.coldStartRate, invocations: measurements.summary.invocations }
        : null;
    // Without measurements: the priced scenario's own (computed once, shared with the results' warnings).
    const result = measured
      ? scenarioColdStarts(
          {
            book: priced.book,
            scenario: priced.resolved,
            settings: resolveColdStart(priced.scenario.coldStart),
            measured,
          },
          priced.scenario.architectures,
        )
      : pricedColdStarts(priced);
    return { measurements, measured, result };
  }, [priced, measurements]);
}
