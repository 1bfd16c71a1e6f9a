#!/usr/bin/env node
import { parseArgs } from './args';
import { breakevenCommand } from './commands/breakeven';
import { estimateCommand } from './commands/estimate';
import { renderCommand } from './commands/render';
import { USAGE, UsageError } from './usage';
import type { Args } from './args';

/** Every command: name → function from arguments to the text it prints. */
const COMMANDS: Readonly<Record<string, (args: Args) => string>> = {
  estimate: estimateCommand,
  breakeven: breakevenCommand,
  render: renderCommand,
};

/** Runs one command line; returns the exit code. Output goes to the given writers (tests pass their own). */
export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const args = parseArgs(argv);
    if (args.options.has('help') || args.options.has('h') || args.command === null) {
      (args.command === null && !args.options.has('help') ? err : out)(USAGE);
      return args.command === null && !args.options.has('help') ? 2 : 0;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(`unknown command "${args.command}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
    out(command(args));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`error: ${e.message}\n`);
      return 2;
    }
    err(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry || process.env.SERVERLESS_BREAKEVEN_CLI === '1') {
  process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
