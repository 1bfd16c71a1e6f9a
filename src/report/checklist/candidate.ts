import type { Scenario } from '../../scenario';
import rates from './savingsPlanRates.json' with { type: 'json' };

/** The optimisations of the brief's cost checklist, in its order. */
export type ChecklistAction =
  | 'right-size'
  | 'arm64'
  | 'http-api'
  | 'batch'
  | 'trim-logs'
  | 'savings-plan'
  | 'add-provisioned-concurrency'
  | 'snapstart'
  | 'delete-provisioned-concurrency';

/** One change worth pricing: which alternative (and component), what changes, on what assumption. */
export type Candidate = {
  readonly action: ChecklistAction;
  readonly alternativeId: string;
  readonly componentId?: string;
  /** "Use arm64 (Graviton)". */
  readonly title: string;
  /** The setting and its values: "architecture: x86_64 → arm64". */
  readonly change: string;
  readonly assumption: string;
  /** The scenario with only this setting changed (what "Apply" writes). */
  readonly apply: (s: Scenario) => Scenario;
};

/** SQS receives per Lambda invocation: the event source mapping's maximum batch for standard queues is 10,000; 10 is its default. */
export const BATCH_SIZE = 10;
/** Savings Plan rates assumed (AWS's "up to" figures, secondary; see the JSON's source). */
export const SAVINGS_PLAN_PERCENT: Readonly<Record<string, number>> = rates.percentByKind;
export const SAVINGS_PLAN_SOURCE = rates.source;

export type Arch = 'x86_64' | 'arm64';

export const HTTP_API_ASSUMPTION =
  'The API uses no REST-only feature (API keys and usage plans, request validation, caching, edge-optimised endpoints, AWS WAF, private endpoints).';

export function arm64(
  id: string,
  componentId: string | undefined,
  apply: Candidate['apply'],
  name?: string,
): Candidate {
  return {
    action: 'arm64',
    alternativeId: id,
    ...(componentId !== undefined ? { componentId } : {}),
    title: name === undefined ? 'Run on arm64 (Graviton)' : `Run ${name} on arm64 (Graviton)`,
    change: 'architecture: x86_64 → arm64',
    assumption:
      'The code and its dependencies build for arm64 and run as fast there (the same duration); measure it (Power Tuning compares both) before switching.',
    apply,
  };
}

/** Whole instances kept busy on average: requests × duration ÷ seconds in a 730-hour month, rounded down. */
export function averageConcurrency(s: Scenario): number {
  return Math.floor((s.workload.requestsPerMonth * (s.workload.durationMs / 1000)) / (730 * 3600));
}
