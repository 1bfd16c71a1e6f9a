import type { Args } from './args';
import { UsageError } from './usage';

/** Options every command takes: output, pricing and the what-if flags. */
const COMMON = ['help', 'h', 'version', 'format', 'pricing', 'date', 'region', 'requests', 'duration', 'memory'];

/** Each command's own options (USAGE lists the same). */
const BY_COMMAND: ReadonlyMap<string, readonly string[]> = new Map([
  ['estimate', ['link-base']],
  ['breakeven', ['pairs']],
  ['render', ['out', 'link-base', 'systems', 'theme']],
  [
    'rightsize',
    [
      'weight',
      'latency-limit',
      'latency-metric',
      'system',
      'step',
      'report-lines',
      'function',
      'power-tuning',
      'measured-architecture',
      'timeout',
      'interpolate',
      'sweep',
    ],
  ],
  ['coldstart', ['runtime', 'keep-alive', 'target-p99', 'report-lines', 'function']],
  ['checklist', []],
]);

const dash = (name: string) => (name.length === 1 ? `-${name}` : `--${name}`);

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours): "frmat" is 1 from "format". */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}

/** The closest known option, if it is close enough to be what was meant (a typo, or a prefix). */
function closest(name: string, known: readonly string[]): string | undefined {
  const limit = name.length <= 4 ? 1 : 2;
  const ranked = known
    .filter((k) => k.length > 1)
    .map((k) => ({ k, d: k.startsWith(name) && name.length >= 3 ? 0.5 : distance(name, k) }))
    .sort((x, y) => x.d - y.d);
  const best = ranked[0];
  return best && best.d <= limit ? best.k : undefined;
}

/**
 * Refuses an option the command does not take (a typo must not silently print the default output):
 * a usage error naming it, with the option probably meant, or the command that takes it.
 */
export function checkOptions(command: string, args: Args): void {
  const own = BY_COMMAND.get(command) ?? [];
  const known = [...COMMON, ...own];
  for (const name of args.options.keys()) {
    if (known.includes(name)) continue;
    const other = [...BY_COMMAND].find(([c, names]) => c !== command && names.includes(name))?.[0];
    const near = closest(name, known);
    const hint =
      near !== undefined
        ? `; did you mean ${dash(near)}?`
        : other !== undefined
          ? `; ${dash(name)} is an option of ${other}, not ${command}`
          : `; ${command} takes ${known
              .filter((k) => k.length > 1)
              .map(dash)
              .join(', ')}`;
    throw new UsageError(`unknown option ${dash(name)}${hint}`);
  }
}
