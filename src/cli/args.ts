import { UsageError } from './usage';

/** A parsed command line: the command, its positional arguments and `--name value` options. */
export type Args = {
  readonly command: string | null;
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
  /** Options given last or before another option, without their value (reported once the option is known to exist). */
  readonly missingValues: readonly string[];
};

const FLAGS = new Set(['help', 'h', 'version', 'pairs', 'interpolate', 'sweep']);

/** Parses `cmd a b --format json --help`; an option without its value is noted, see {@link requireValues}. */
export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const missingValues: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.replace(/^--?/, '').split('=', 2);
    if (FLAGS.has(name)) options.set(name, true);
    else if (inline !== undefined) options.set(name, inline);
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        missingValues.push(name);
        options.set(name, true);
      } else {
        options.set(name, value);
        i++;
      }
    }
  }
  const [command = null, ...rest] = positional;
  return { command, positional: rest, options, missingValues };
}

/** A usage error for the first option given without its value. */
export function requireValues(args: Args): void {
  const [name] = args.missingValues;
  if (name !== undefined) throw new UsageError(`option --${name} needs a value`);
}

/** The value of `--name` restricted to `allowed`, else the default. */
export function choice<T extends string>(args: Args, name: string, allowed: readonly T[], fallback: T): T {
  const v = args.options.get(name);
  if (v === undefined) return fallback;
  if (v === true || !(allowed as readonly string[]).includes(v))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return v as T;
}
