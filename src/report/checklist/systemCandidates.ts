import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import type { Scenario, ScenarioSystem } from '../../scenario';
import {
  type Arch,
  type Candidate,
  HTTP_API_ASSUMPTION,
  SAVINGS_PLAN_PERCENT,
  SAVINGS_PLAN_SOURCE,
  arm64,
  averageConcurrency,
} from './candidate';
import { snapStartCandidate } from './snapStartCandidate';

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
    if (sys.kind === AWS_LAMBDA) {
      const own = f.workload as { coldStartRate?: number; durationMs?: number } | undefined;
      const snap = snapStartCandidate(s, {
        alternativeId: sys.id,
        hasPc: f.provisionedConcurrency !== undefined,
        hasSnapStart: f.snapStart !== undefined,
        coldStartRate: own?.coldStartRate ?? s.workload.coldStartRate ?? 0,
        traffic: {
          requestsPerMonth: s.workload.requestsPerMonth,
          durationMs: own?.durationMs ?? s.workload.durationMs,
          peakToAverage: s.workload.peakToAverage ?? 1,
        },
        set,
      });
      if (snap) out.push(snap);
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
