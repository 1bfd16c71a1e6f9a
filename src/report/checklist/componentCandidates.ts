import { AWS_API_GATEWAY } from '../../kinds/aws-api-gateway/kind';
import { LAMBDA_LOG_KB_PER_INVOCATION } from '../../kinds/aws-cloudwatch-logs/lambdaLogs';
import { AWS_LAMBDA } from '../../kinds/aws-lambda/kind';
import { AWS_SQS } from '../../kinds/aws-sqs/kind';
import type { Scenario } from '../../scenario';
import type { WrittenComponent } from '../../scenario/architecture/schema';
import { type Arch, BATCH_SIZE, type Candidate, HTTP_API_ASSUMPTION, arm64 } from './candidate';
import { snapStartCandidate } from './snapStartCandidate';

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
        const snap = snapStartCandidate(s, {
          alternativeId: a.id,
          componentId: c.id,
          name,
          hasPc: c.provisionedConcurrency !== undefined,
          hasSnapStart: c.snapStart !== undefined,
          coldStartRate: (c.coldStartRate as number | undefined) ?? s.workload.coldStartRate ?? 0,
          // A component's traffic is derived from its trigger's: only a rate the scenario sets is used.
          traffic: null,
          set,
        });
        if (snap) out.push(snap);
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
