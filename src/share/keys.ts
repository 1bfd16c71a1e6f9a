import { KIND_LINK_KEYS } from '../kinds/links';

/**
 * Abbreviations for share links. APPEND-ONLY: a short key or value, once published in a link,
 * means the same field forever (old links must keep opening), so never change or reuse an entry;
 * a new scenario field gets a new, unused abbreviation. Keys are global (one meaning wherever they
 * appear); fields without an entry travel under their full name, which still decodes.
 */
const SCENARIO_KEYS: Readonly<Record<string, string>> = {
  name: 'n',
  pricingDate: 'D',
  region: 'g',
  freeTier: 'f',
  apiGatewayFreeTier: 'F',
  workload: 'w',
  systems: 's',
  requestsPerMonth: 'r',
  durationMs: 'd',
  memoryMb: 'm',
  architecture: 'a',
  ephemeralStorageMb: 'e',
  cpuMs: 'c',
  coldStartRate: 'C',
  initDurationMs: 'i',
  peakToAverage: 'p',
  requestKb: 'q',
  responseKb: 'o',
  id: 'I',
  kind: 'k',
  // Schema version 2 (memory right-sizing inputs); on a version 1 reader they are unknown fields.
  cpuBoundShare: 'B',
  threads: 'H',
  maxMemoryUsedMb: 'X',
  headroomPct: 'O',
  // Schema version 3 (servers sized from the workload).
  memoryPerRequestMb: 'Y',
  // Schema version 4, optional (no version bump): the chart the link was shared from.
  chart: 'y',
  fromExp: 'y0',
  toExp: 'y1',
  costScale: 'ys',
};

const KINDS = Object.entries(KIND_LINK_KEYS);

/** Field name → short key: the scenario's and workload's, then every kind's (src/kinds/<kind>/links.ts). */
export const SHORT_KEYS: Readonly<Record<string, string>> = Object.assign(
  {},
  SCENARIO_KEYS,
  ...KINDS.map(([, l]) => l.keys),
);

/** Abbreviated enum values, per field (also append-only). Values without an entry travel as is. */
export const SHORT_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  kind: Object.fromEntries(KINDS.flatMap(([kind, l]) => (l.kind === undefined ? [] : [[kind, l.kind] as const]))),
  architecture: { x86_64: 'x', arm64: 'a' },
  ...Object.assign({}, ...KINDS.map(([, l]) => l.values ?? {})),
};

function invert(table: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  return new Map(Object.entries(table).map(([long, short]) => [short, long] as const));
}

/** Short key → field name. */
export const LONG_KEYS = invert(SHORT_KEYS);
/** Field name → (short value → value). */
export const LONG_VALUES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries(SHORT_VALUES).map(([field, table]) => [field, invert(table)] as const),
);
