import { AWS_API_GATEWAY } from '../../kinds/aws-api-gateway/kind';
import { LAMBDA_LOG_KB_PER_INVOCATION } from '../../kinds/aws-cloudwatch-logs/lambdaLogs';
import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import { AWS_SQS } from '../../kinds/aws-sqs/kind';
import type { Scenario, ScenarioSystem } from '../../scenario';
import type { WrittenComponent } from '../../scenario/architecture/schema';
import rates from './savingsPlanRates.json' with { type: 'json' };

/** The optimisations of the brief's cost checklist, in its order. `snapstart` is the next (SnapStart pricing). */
export type ChecklistAction =
  | 'right-size'
  | 'arm64'
  | 'http-api'
  | 'batch'
  | 'trim-logs'
  | 'savings-plan'
  | 'add-provisioned-concurrency'
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

type Arch = 'x86_64' | 'arm64';

/** Changes of plain systems. */
export function systemCandidates(s: Scenario): Candidate[] {
  const out: Candidate[] = [];
  const workloadArch: Arch = (s.workload.architecture as Arch | undefined) ?? 'x86_64';
  for (const sys of s.systems) {
    // By id, not position: "Apply" may meet a scenario edited since the list was priced.
    const set = (patch: (x: Record<string, unknown>) => Record<string, unknown>) => (sc: Scenario) => ({
      ...sc,
      systems: sc.systems.map((x) => (x.id === sys.id ? (patch({ ...x }) as ScenarioSystem) : x)),
    });
    const f = sys as unknown as Record<string, unknown>;
    if (sys.kind === AWS_LAMBDA) {
      if (((f.architecture as Arch | undefined) ?? workloadArch) === 'x86_64')
        out.push(
          arm64(
            sys.id,
            undefined,
            set((x) => ({ ...x, architecture: 'arm64' })),
          ),
        );
      if (f.frontDoor === 'rest-api')
        out.push({
          action: 'http-api',
          alternativeId: sys.id,
          title: 'Use an HTTP API instead of a REST API',
          change: 'frontDoor: rest-api → http-api',
          assumption: HTTP_API_ASSUMPTION,
          apply: set((x) => ({ ...x, frontDoor: 'http-api' })),
        });
      if (f.provisionedConcurrency !== undefined)
        out.push({
          action: 'delete-provisioned-concurrency',
          alternativeId: sys.id,
          title: 'Delete provisioned concurrency that does not pay',
          change: 'provisionedConcurrency: removed',
          assumption:
            'The cold starts it avoids are acceptable (the rest of the traffic already runs on demand); the cold-start panel prices the alternatives.',
          apply: set(({ provisionedConcurrency: _pc, ...x }) => x),
        });
      else {
        const avg = averageConcurrency(s);
        if (avg >= 1)
          out.push({
            action: 'add-provisioned-concurrency',
            alternativeId: sys.id,
            title: 'Provisioned concurrency where it pays',
            change: `provisionedConcurrency: ${avg} all month`,
            assumption: `Traffic is steady enough to keep ${avg} instance(s) busy all month (the average concurrency, requests × duration ÷ seconds in the month); peaks spill over to on-demand.`,
            apply: set((x) => ({ ...x, provisionedConcurrency: { concurrency: avg, hoursPerMonth: 730 } })),
          });
      }
    }
    const percent = SAVINGS_PLAN_PERCENT[sys.kind];
    if (percent !== undefined && f.discount === undefined)
      out.push({
        action: 'savings-plan',
        alternativeId: sys.id,
        title: 'Commit to a Compute Savings Plan',
        change: `discount: savings-plan ${percent}%`,
        assumption: `${percent}% off compute, AWS's "up to" figure (3-year, all upfront; ${SAVINGS_PLAN_SOURCE.url}, ${SAVINGS_PLAN_SOURCE.grade}); a 1-year or no-upfront plan saves less, and the spend is committed for the term.`,
        apply: set((x) => ({ ...x, discount: { kind: 'savings-plan', percent } })),
      });
  }
  return out;
}

/** Changes of architectures' components. */
export function componentCandidates(s: Scenario): Candidate[] {
  const out: Candidate[] = [];
  const workloadArch: Arch = (s.workload.architecture as Arch | undefined) ?? 'x86_64';
  for (const a of s.architectures ?? []) {
    const byId = new Map(a.components.map((c) => [c.id, c] as const));
    for (const c of a.components) {
      const set = (patch: (x: Record<string, unknown>) => Record<string, unknown>) => (sc: Scenario) => ({
        ...sc,
        architectures: (sc.architectures ?? []).map((x) =>
          x.id === a.id
            ? { ...x, components: x.components.map((y) => (y.id === c.id ? (patch({ ...y }) as WrittenComponent) : y)) }
            : x,
        ),
      });
      const name = c.name ?? c.id;
      if (c.kind === AWS_LAMBDA) {
        if (((c.architecture as Arch | undefined) ?? workloadArch) === 'x86_64')
          out.push(
            arm64(
              a.id,
              c.id,
              set((x) => ({ ...x, architecture: 'arm64' })),
              name,
            ),
          );
        const trigger = c.triggeredBy === undefined ? undefined : byId.get(c.triggeredBy);
        const batch = (c.batchSize as number | undefined) ?? 1;
        if (trigger?.kind === AWS_SQS && batch < BATCH_SIZE && c.perRequest === undefined)
          out.push({
            action: 'batch',
            alternativeId: a.id,
            componentId: c.id,
            title: `Batch queue messages into ${name}`,
            change: `batchSize: ${batch} → ${BATCH_SIZE}`,
            assumption: `One invocation handles ${BATCH_SIZE} messages in the duration now given per invocation (per-message work small next to the invocation); a batch that takes ${BATCH_SIZE}× as long saves only the request fees.`,
            apply: set((x) => ({ ...x, batchSize: BATCH_SIZE })),
          });
        const logKb = c.logKbPerInvocation as number | undefined;
        if (logKb !== undefined && logKb > LAMBDA_LOG_KB_PER_INVOCATION)
          out.push({
            action: 'trim-logs',
            alternativeId: a.id,
            componentId: c.id,
            title: `Trim ${name}'s logs`,
            change: `logKbPerInvocation: ${logKb} → ${LAMBDA_LOG_KB_PER_INVOCATION}`,
            assumption: `Only Lambda's own START/END/REPORT lines (${LAMBDA_LOG_KB_PER_INVOCATION} KB) are kept: application logs sampled, at WARN, or sent elsewhere.`,
            apply: set((x) => ({ ...x, logKbPerInvocation: LAMBDA_LOG_KB_PER_INVOCATION })),
          });
      }
      if (c.kind === AWS_API_GATEWAY && c.api === 'rest')
        out.push({
          action: 'http-api',
          alternativeId: a.id,
          componentId: c.id,
          title: `Make ${name} an HTTP API`,
          change: 'api: rest → http',
          assumption: HTTP_API_ASSUMPTION,
          apply: set((x) => ({ ...x, api: 'http' })),
        });
    }
  }
  return out;
}

const HTTP_API_ASSUMPTION =
  'The API uses no REST-only feature (API keys and usage plans, request validation, caching, edge-optimised endpoints, AWS WAF, private endpoints).';

function arm64(id: string, componentId: string | undefined, apply: Candidate['apply'], name?: string): Candidate {
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
function averageConcurrency(s: Scenario): number {
  return Math.floor((s.workload.requestsPerMonth * (s.workload.durationMs / 1000)) / (730 * 3600));
}
