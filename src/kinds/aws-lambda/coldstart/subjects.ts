import type { ResolvedScenario, Workload } from '../../../engine/model';
import type { PriceBook } from '../../../engine/pricebook';
import { AWS_LAMBDA, type LambdaSystem } from '../kind';
import { lambdaWorkload } from '../ownWorkload';
import type { ColdStartSettings, MeasuredColdStarts } from './settings';
import { systemVariants } from './systemVariants';
import type { VariantPricer } from './variantContext';

/** What a cold-start analysis works on: a scenario as priced, its settings, measurements if any. */
export type ColdStartInput = {
  readonly book: PriceBook;
  readonly scenario: ResolvedScenario;
  readonly settings: ColdStartSettings;
  readonly measured?: MeasuredColdStarts | null;
};

/** The scenario's Lambda systems as functions whose cold starts are priced. */
export function systemSubjects(input: ColdStartInput): ColdStartSubject[] {
  return input.scenario.systems
    .filter((s) => s.kind === AWS_LAMBDA)
    .map((s) => systemSubject(input, s as LambdaSystem));
}

/**
 * A function whose cold starts are priced: a Lambda system, or a Lambda component of an
 * architecture (src/report/coldstart), each with its own way of pricing variants.
 */
export type ColdStartSubject = {
  readonly id: string;
  readonly name: string;
  /** The alternative it belongs to (the system, or the component's architecture). */
  readonly alternativeId: string;
  /** The function as the scenario has it (its own provisioned concurrency and SnapStart are left out of every option). */
  readonly system: LambdaSystem;
  /** The workload it runs: the scenario's with its own fields. */
  readonly workload: Workload;
  /** Prices its variants, `onDemand` being its workload with the cold starts and INIT found. */
  readonly variants: (onDemand: Workload) => VariantPricer;
  /** Why no server is offered in its place, or null (the scenario's cheapest server is). */
  readonly serverWhy: string | null;
  /** Solve the provisioned-concurrency breakeven (a standalone system's). */
  readonly breakeven: boolean;
  /** What a reader should know about how it is priced. */
  readonly notes?: readonly string[];
};

function systemSubject(input: ColdStartInput, system: LambdaSystem): ColdStartSubject {
  const onDemand = withoutOwn(system);
  return {
    id: system.id,
    name: system.name ?? system.id,
    alternativeId: system.id,
    system,
    // The function's own workload fields (memory, duration, cold starts), where it sets them, are its workload.
    workload: lambdaWorkload(input.scenario.workload, system.workload),
    // Its own fields are folded into the workload, so every variant sets its cold starts on one workload.
    variants: (w) => systemVariants(input.book, input.scenario, onDemand, w),
    serverWhy: null,
    breakeven: true,
  };
}

/** The system without its own provisioned concurrency, SnapStart and workload fields. */
export function withoutOwn(system: LambdaSystem): LambdaSystem {
  const { provisionedConcurrency: _pc, snapStart: _snap, workload: _own, ...onDemand } = system;
  return onDemand;
}
