import type { Decimal, FileMeta, Price, TieredPrice } from '../../engine';

/** Step Functions prices: Standard state transitions; Express requests and tiered duration (GB-hours). */
export type StepFunctionsPrices = {
  readonly meta: FileMeta;
  readonly transitions: Price;
  readonly expressRequests: Price;
  readonly expressDuration: readonly TieredPrice[];
  readonly rules: {
    /** Standard's perpetual free tier, per account and region. */
    readonly freeTierTransitions: Decimal;
    /** Express memory is billed in steps of this many MB (64). */
    readonly expressMemoryStepMb: number;
    /** Express duration is rounded up to this many ms (100). */
    readonly expressDurationGranularityMs: number;
  };
};
