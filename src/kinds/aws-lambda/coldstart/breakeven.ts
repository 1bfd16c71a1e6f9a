import { analyze } from '../../../engine/analyze';
import type { Decimal } from '../../../engine/decimal';
import type { ResolvedScenario, Workload } from '../../../engine/model';
import type { PriceBook } from '../../../engine/pricebook';
import { systemModel } from '../../models';
import type { LambdaSystem } from '../kind';

/** Where provisioned concurrency sized to the peak costs the same as on-demand, in requests/month. */
export type PcBreakeven = {
  readonly concurrency: number;
  /** The traffic above which PC (all month) is cheaper, or null when it never is up to 10^12. */
  readonly requestsPerMonth: Decimal | null;
  readonly text: string;
};

/**
 * The breakeven between on-demand and provisioned concurrency of `concurrency` instances all month,
 * solved exactly on the two systems' cost curves (the engine's breakeven solver): PC serves all
 * traffic up to its capacity, spilling over to on-demand above it.
 */
export function pcBreakeven(
  book: PriceBook,
  scenario: ResolvedScenario,
  workload: Workload,
  onDemand: LambdaSystem,
  peakConcurrency: number,
): PcBreakeven | null {
  const concurrency = Math.max(1, Math.ceil(peakConcurrency - 1e-9));
  if (concurrency > 100_000) return null;
  const pc: LambdaSystem = { ...onDemand, id: 'pc', provisionedConcurrency: { concurrency, hoursPerMonth: 730 } };
  const res = analyze(
    book,
    { ...scenario, workload, systems: [{ ...onDemand, id: 'on-demand' }, pc], architectures: [] },
    systemModel,
  );
  if (!res.ok) return null;
  const cross = res.analysis.breakevens.find((b) => b.cheaperAbove === 'b');
  if (!cross)
    return {
      concurrency,
      requestsPerMonth: null,
      text: `${concurrency} instance(s) of provisioned concurrency never cost less than on-demand up to 10^12 requests/month`,
    };
  return {
    concurrency,
    requestsPerMonth: cross.requestsPerMonth,
    text: `${concurrency} instance(s) of provisioned concurrency all month cost less than on-demand above ${cross.requestsPerMonth.toDecimalPlaces(0).toNumber().toLocaleString('en-US')} requests/month`,
  };
}
