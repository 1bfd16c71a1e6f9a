import { type Analysis, type SystemModel, cannotRun, formatUsd } from '../engine';
import { AWS_EC2 } from '../kinds/aws-ec2/kind';
import { AWS_FARGATE } from '../kinds/aws-fargate/kind';
import { AZURE_VM } from '../kinds/azure-vm/kind';
import { GCP_COMPUTE } from '../kinds/gcp-compute/kind';

/** Kinds that run always-on servers, even pinned to a count (whose line is then a constant, not a fleet). */
const SERVER_KINDS: ReadonlySet<string> = new Set([AWS_EC2, AWS_FARGATE, GCP_COMPUTE, AZURE_VM]);

/** An always-on alternative: a fleet sized from traffic, a server kind, or an architecture with one. */
function isServer(m: SystemModel): boolean {
  return (
    m.lines.some((l) => l.kind === 'fleet') ||
    SERVER_KINDS.has(m.kind) ||
    (m.parts ?? []).some((p) => SERVER_KINDS.has(p.kind))
  );
}

/** A serverless system past its breakeven with a server at the scenario's traffic. */
export type ServerWarning = {
  /** The system paying more than the server. */
  readonly id: string;
  readonly serverId: string;
  readonly text: string;
};

/**
 * "Sustained traffic above the breakeven against a server": for each system with no always-on fleet
 * whose last crossing with an always-on system (a fleet line: EC2, Fargate, VMs, instance-based Cloud
 * Run) lies at or below the scenario's traffic, with the server cheaper there — how much a month the
 * server saves. The source is the exact breakeven itself.
 */
export function serverWarnings(a: Analysis): ServerWarning[] {
  const r = a.requestsPerMonth;
  const server = new Map(a.models.map((m) => [m.id, isServer(m)] as const));
  const est = new Map(a.estimates.map((e) => [e.id, e] as const));
  const out: ServerWarning[] = [];
  for (const s of a.estimates) {
    if (server.get(s.id) || cannotRun(s.limits)) continue;
    for (const v of a.estimates) {
      if (!server.get(v.id) || cannotRun(v.limits) || !v.monthlyUsd.lt(s.monthlyUsd)) continue;
      const last = a.breakevens
        .filter((b) => b.between.includes(s.id) && b.between.includes(v.id) && b.requestsPerMonth.lte(r))
        .at(-1);
      if (!last) continue;
      const saving = s.monthlyUsd.minus(est.get(v.id)!.monthlyUsd);
      out.push({
        id: s.id,
        serverId: v.id,
        text:
          `Sustained traffic: at ${count(r)} requests/month, above its breakeven with ${v.name} at ` +
          `${count(last.requestsPerMonth.toDecimalPlaces(0))} requests/month, ${v.name} costs ${formatUsd(saving)} a month less ` +
          `than ${s.name}. Instead: if this traffic is steady, run it on ${v.name}.`,
      });
    }
  }
  return out;
}

function count(d: { toNumber(): number }): string {
  return d.toNumber().toLocaleString('en-US');
}
