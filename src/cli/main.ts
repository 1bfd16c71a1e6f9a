#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from './args';
import { breakevenCommand } from './commands/breakeven';
import { estimateCommand } from './commands/estimate';
import { renderCommand } from './commands/render';
import { rightsizeCommand } from './commands/rightsize';
import { USAGE, UsageError } from './usage';
import type { Args } from './args';

/** Every command: name → function from arguments to the text it prints. */
const COMMANDS: Readonly<Record<string, (args: Args) => string>> = {
  estimate: estimateCommand,
  breakeven: breakevenCommand,
  render: renderCommand,
  rightsize: rightsizeCommand,
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

/** True when this module is the program (also through npm's bin symlink), not imported by a test. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
