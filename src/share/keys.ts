/**
 * Abbreviations for share links. APPEND-ONLY: a short key or value, once published in a link,
 * means the same field forever (old links must keep opening), so never change or reuse an entry;
 * a new scenario field gets a new, unused abbreviation. Keys are global (one meaning wherever they
 * appear); fields without an entry travel under their full name, which still decodes.
 */
export const SHORT_KEYS: Readonly<Record<string, string>> = {
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
  frontDoor: 'x',
  provisionedConcurrency: 'P',
  concurrency: 'N',
  hoursPerMonth: 'h',
  instanceType: 't',
  count: 'u',
  minInstances: 'M',
  rpsPerInstance: 'R',
  loadBalancer: 'b',
  vcpu: 'v',
  memoryGb: 'G',
  tasks: 'T',
  minTasks: 'K',
  rpsPerTask: 'Q',
  // Schema version 2 (memory right-sizing inputs); on a version 1 reader they are unknown fields.
  cpuBoundShare: 'B',
  threads: 'H',
  maxMemoryUsedMb: 'X',
  headroomPct: 'O',
};

/** Abbreviated enum values, per field (also append-only). Values without an entry travel as is. */
export const SHORT_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  kind: { 'aws-lambda': 'l', 'aws-ec2': 'e', 'aws-fargate': 'f' },
  architecture: { x86_64: 'x', arm64: 'a' },
  frontDoor: { none: 'n', 'http-api': 'h', 'rest-api': 'r' },
  loadBalancer: { none: 'n', alb: 'a' },
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
