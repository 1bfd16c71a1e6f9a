import { UsageError } from './usage';

/** A parsed command line: the command, its positional arguments and `--name value` options. */
export type Args = {
  readonly command: string | null;
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
};

const FLAGS = new Set(['help', 'h', 'version', 'pairs', 'interpolate']);

/** Parses `cmd a b --format json --help`; an option without its value is a usage error. */
export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
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
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`option --${name} needs a value`);
      options.set(name, value);
    }
  }
  const [command = null, ...rest] = positional;
  return { command, positional: rest, options };
}

/** The value of `--name` restricted to `allowed`, else the default. */
export function choice<T extends string>(args: Args, name: string, allowed: readonly T[], fallback: T): T {
  const v = args.options.get(name);
  if (v === undefined) return fallback;
  if (v === true || !(allowed as readonly string[]).includes(v))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return v as T;
}
