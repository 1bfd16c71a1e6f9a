import { dec } from '../engine';
import type { InputIssue } from '../scenario';
import type { Args } from './args';
import { UsageError } from './usage';

/** A flag that overrides one field of the scenario file, and how to read its value. */
type Override = {
  readonly flag: string;
  readonly field: string;
  readonly parse: (text: string) => number | string | null;
  readonly example: string;
};

const SUFFIXES: Readonly<Record<string, number>> = { '': 1, k: 1e3, m: 1e6, b: 1e9 };

/** "20M", "1.5k", "2B", "2,000,000" → requests; Decimal, so 1.1M is 1,100,000 exactly. */
function requests(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kmb]?)$/i.exec(text.trim().replace(/(?<=\d)[,_](?=\d{3})/g, ''));
  if (!m) return null;
  return dec(m[1]!).times(SUFFIXES[m[2]!.toLowerCase()]!).toNumber();
}

/** "200" or "200ms"; "1024" or "1024MB": a plain number with its unit optional. */
const numberWithUnit = (unit: RegExp) => (text: string) => {
  const m = new RegExp(`^(\\d+(?:\\.\\d+)?)\\s*(?:${unit.source})?$`, 'i').exec(text.trim());
  return m ? Number(m[1]) : null;
};

/** The what-if flags, each onto the scenario's own field, then validated with the rest (the form's rules). */
const OVERRIDES: readonly Override[] = [
  { flag: 'requests', field: 'workload.requestsPerMonth', parse: requests, example: '20M, 1.5k or 2000000' },
  { flag: 'duration', field: 'workload.durationMs', parse: numberWithUnit(/ms/), example: '200 (ms)' },
  { flag: 'memory', field: 'workload.memoryMb', parse: numberWithUnit(/mb/), example: '1024 (MB)' },
  { flag: 'date', field: 'pricingDate', parse: (t) => t, example: '2025-08-01' },
  { flag: 'region', field: 'region', parse: (t) => t, example: 'eu-west-1' },
];

export type Overlaid = {
  /** The file's JSON with the flags' values in place. */
  readonly raw: unknown;
  /** An issue of a field a flag set, blamed on the flag (`--requests 2e13: must be at most …`); others as they are. */
  readonly blame: (issue: InputIssue) => InputIssue;
  /** True when some issue belongs to a flag rather than the file. */
  readonly fromFlag: (issue: InputIssue) => boolean;
};

/** Applies `--requests`, `--duration`, `--memory`, `--date` and `--region` to the scenario read from the file. */
export function overlayFlags(args: Args, raw: unknown): Overlaid {
  const given = new Map<string, string>();
  let out = raw;
  for (const o of OVERRIDES) {
    const text = args.options.get(o.flag);
    if (text === undefined) continue;
    if (text === true) throw new UsageError(`option --${o.flag} needs a value`);
    const value = o.parse(text);
    if (value === null) throw new UsageError(`--${o.flag} ${text}: must be a number like ${o.example}`);
    if (typeof out !== 'object' || out === null || Array.isArray(out)) continue; // the file's own issue says why
    const [head, leaf] = o.field.split('.') as [string, string | undefined];
    const obj = out as Record<string, unknown>;
    if (leaf === undefined) out = { ...obj, [head]: value };
    else {
      const inner = obj[head];
      out = { ...obj, [head]: { ...(typeof inner === 'object' && inner !== null ? inner : {}), [leaf]: value } };
    }
    given.set(o.field, `--${o.flag} ${text}`);
  }
  return {
    raw: out,
    blame: (i) => {
      const flag = given.get(i.field);
      return flag === undefined ? i : { field: flag, message: i.message };
    },
    fromFlag: (i) => given.has(i.field),
  };
}
