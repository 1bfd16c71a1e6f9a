import { pinChargesOfV2 } from '../kinds/schemas';
import { SCENARIO_SCHEMA_VERSION } from './schema';
import type { InputIssue } from './issues';
import { pinV2Fleets } from './pinFleets';

/** One step from version `from` to `from + 1`, on plain JSON. */
type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades for every earlier format, keyed by the version they upgrade from. Version 1 is the
 * first; later versions add a step here, so links and files from every version keep opening.
 */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 → 2 only adds optional workload fields (cpuBoundShare, threads, maxMemoryUsedMb, headroomPct):
  // a version 1 scenario is a valid version 2 scenario once its number changes.
  1: (old) => old,
  // 2 → 3: servers without a count are sized from the workload, and AWS servers bill what AWS bills
  // around them (a public IPv4 per instance or task, one per AZ of an internet-facing ALB, an 8 GB gp3
  // root volume per EC2 instance). Both would change what an old link or file shows, so the step writes
  // what version 2 priced into its systems: the fleets it ran, and none of those charges.
  2: (old) => {
    const pinned = pinV2Fleets(old);
    return Array.isArray(pinned['systems']) ? { ...pinned, systems: pinned['systems'].map(pinChargesOfV2) } : pinned;
  },
  // 3 → 4 adds `architectures` (and lets `systems` be absent when there are some): a version 3
  // scenario prices the same as version 4.
  3: (old) => old,
};

export type MigrateResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: readonly InputIssue[] };

/** Brings a scenario of any known version to the current one; refuses unknown or future versions. */
export function migrateScenario(raw: unknown): MigrateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, issues: [{ field: '(scenario)', message: 'must be a JSON object' }] };
  }
  let value = raw as Record<string, unknown>;
  const version = value.schema;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      issues: [{ field: 'schema', message: `must be a format version from 1 to ${SCENARIO_SCHEMA_VERSION}` }],
    };
  }
  if (version > SCENARIO_SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        {
          field: 'schema',
          message: `version ${version} is newer than this app understands (${SCENARIO_SCHEMA_VERSION})`,
        },
      ],
    };
  }
  for (let v = version; v < SCENARIO_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, issues: [{ field: 'schema', message: `no migration from version ${v}` }] };
    value = { ...step(value), schema: v + 1 };
  }
  return { ok: true, value };
}
