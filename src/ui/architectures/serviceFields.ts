import type { z } from 'zod/mini';
import { COMPONENT_KINDS } from '../../kinds/componentKinds';

/** One editable field of a managed-service component, read from the kind's own zod schema. */
export type ServiceField =
  | { readonly type: 'number'; readonly path: readonly string[]; readonly label: string; readonly unit: string }
  | {
      readonly type: 'enum';
      readonly path: readonly string[];
      readonly label: string;
      readonly options: readonly string[];
      readonly optional: boolean;
    }
  | { readonly type: 'boolean'; readonly path: readonly string[]; readonly label: string };

/** The fields every component has, edited by the row itself (not the generated form). */
const COMMON = new Set(['id', 'name', 'kind', 'triggeredBy']);

/** Field names, where the key alone does not read well; `kind.key` where kinds differ. */
const LABELS: Readonly<Record<string, string>> = {
  api: 'API type',
  queue: 'Queue type',
  subscribers: 'Lambda subscribers',
  consistency: 'Read consistency',
  'aws-dynamodb.streams': 'DynamoDB Streams on',
  type: 'Workflow type',
  durationMs: 'Duration per execution',
  mode: 'Capacity mode',
  consumers: 'Consumers',
  kbPerRequest: 'Logs per entry request',
  logClass: 'Log class',
  retentionMonths: 'Retention',
  storageGb: 'Storage',
  hoursPerMonth: 'Hours a month',
};

/** Units of count fields (sizes, durations and storage take theirs from the key's suffix). */
const UNITS: Readonly<Record<string, string>> = {
  connectionMinutes: 'minutes',
  puts: 'PUTs',
  gets: 'GETs',
  writes: 'items',
  reads: 'items',
  writeUnits: 'WRU',
  readUnits: 'RRU',
  streamReads: 'read requests',
  requestsPerMessage: 'requests',
  batchSize: 'messages',
  transitionsPerExecution: 'transitions',
  hoursPerMonth: 'h',
  kbPerRequest: 'KB',
};

/** Words a key spells in lowercase that are names or acronyms. */
const PROPER: readonly [RegExp, string][] = [
  [/\bsqs\b/, 'SQS'],
  [/\bhttp\b/, 'HTTP'],
  [/^puts$/, 'PUT requests'],
  [/^gets$/, 'GET requests'],
  [/^ingest$/, 'log ingestion'],
];

const SUFFIX_UNITS: readonly [RegExp, string][] = [
  [/Kb$/, 'KB'],
  [/Gb$/, 'GB'],
  [/Ms$/, 'ms'],
  [/Mb$/, 'MB'],
  [/Months$/, 'months'],
  [/Deliveries$/, 'deliveries'],
];

/** "messageKb" → "Message", "lambdaDeliveries" → "Lambda deliveries". */
function words(key: string): string {
  const lower = key
    .replace(/(Kb|Gb|Ms|Mb)$/, '')
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()
    .trim();
  const w = PROPER.reduce((acc, [re, to]) => acc.replace(re, to), lower);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function unitOf(key: string): string {
  if (UNITS[key]) return UNITS[key];
  for (const [re, unit] of SUFFIX_UNITS) if (re.test(key)) return unit;
  // A count of the thing it names: "messages", "shards", "events".
  return words(key).toLowerCase();
}

function labelOf(kind: string, path: readonly string[]): string {
  const key = path[path.length - 1]!;
  if (path[0] === 'perRequest') return `${words(key)} per entry request`;
  const named = LABELS[`${kind}.${key}`] ?? LABELS[key];
  if (named) return named;
  return /(Kb)$/.test(key) ? `${words(key)} size` : words(key);
}

// Read through each schema's definition (`_zod.def`), which zod/mini and classic zod share.
type Schema = z.core.$ZodType;
type Def = z.core.$ZodTypes['_zod']['def'];
const defOf = (s: Schema): Def => (s as z.core.$ZodTypes)._zod.def;

function unwrap(s: Schema): { schema: Schema; optional: boolean } {
  const def = defOf(s);
  return def.type === 'optional' ? { schema: def.innerType, optional: true } : { schema: s, optional: false };
}

function fieldsOf(kind: string, shape: Readonly<Record<string, Schema>>, prefix: readonly string[]): ServiceField[] {
  return Object.entries(shape).flatMap(([key, raw]): ServiceField[] => {
    if (prefix.length === 0 && COMMON.has(key)) return [];
    const path = [...prefix, key];
    const { schema, optional } = unwrap(raw);
    const label = labelOf(kind, path);
    const def = defOf(schema);
    if (def.type === 'object') return fieldsOf(kind, def.shape, path);
    if (def.type === 'enum')
      return [{ type: 'enum', path, label, options: Object.values(def.entries).map(String), optional }];
    if (def.type === 'boolean') return [{ type: 'boolean', path, label }];
    // A number, or a union whose first form is one (SNS subscribers: a count, or counts per protocol).
    const number = def.type === 'union' ? def.options.some((o) => defOf(o).type === 'number') : true;
    return number ? [{ type: 'number', path, label, unit: unitOf(key) }] : [];
  });
}

const CACHE = new Map<string, readonly ServiceField[]>();

/** The fields of a managed-service kind in its schema's order (nested `perRequest` volumes flattened). */
export function serviceFields(kind: string): readonly ServiceField[] {
  const known = CACHE.get(kind);
  if (known) return known;
  const schema = COMPONENT_KINDS.find((k) => k.kind === kind)?.schema;
  const def = schema ? defOf(schema) : undefined;
  const fields = def?.type === 'object' ? fieldsOf(kind, def.shape, []) : [];
  CACHE.set(kind, fields);
  return fields;
}

/** The value at `path` of a component, or undefined. */
export function getIn(o: unknown, path: readonly string[]): unknown {
  let v: unknown = o;
  for (const k of path) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** `o` with `value` at `path`, immutably; undefined removes the key (back to the kind's default). */
export function setIn<T extends object>(o: T, path: readonly string[], value: unknown): T {
  const [key, ...rest] = path;
  if (key === undefined) return o;
  const next = { ...o } as Record<string, unknown>;
  const inner: unknown = rest.length === 0 ? value : setIn(asObject(next[key]), rest, value);
  if (inner === undefined) delete next[key];
  else next[key] = inner;
  return next as T;
}

function asObject(v: unknown): object {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}
