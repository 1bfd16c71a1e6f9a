#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs, requireValues } from './args';
import { breakevenCommand } from './commands/breakeven';
import { coldstartCommand } from './commands/coldstart';
import { checklistCommand } from './commands/checklist';
import { estimateCommand } from './commands/estimate';
import { renderCommand } from './commands/render';
import { rightsizeCommand } from './commands/rightsize';
import { readable } from './clip';
import { checkOptions } from './options';
import { USAGE, UsageError } from './usage';
import { packageVersion } from './version';
import type { Args } from './args';

/**
 * Every command: name → function from arguments to the text it prints, given where to say what the
 * reader should know besides (stderr, so stdout stays the output). A Map: "constructor" is no command.
 */
const COMMANDS: ReadonlyMap<string, (args: Args, note: (s: string) => void) => string> = new Map([
  ['estimate', estimateCommand],
  ['breakeven', breakevenCommand],
  ['render', renderCommand],
  ['rightsize', rightsizeCommand],
  ['coldstart', coldstartCommand],
  ['checklist', checklistCommand],
]);

/** Runs one command line; returns the exit code. Output goes to the given writers (tests pass their own). */
export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  try {
    const args = parseArgs(argv);
    if (args.options.has('help') || args.options.has('h')) {
      out(USAGE);
      return 0;
    }
    if (args.options.has('version') && args.command === null) {
      out(`${packageVersion()}\n`);
      return 0;
    }
    if (args.command === null) {
      err(USAGE);
      return 2;
    }
    const command = COMMANDS.get(args.command);
    if (!command) {
      err(
        `error: ${readable(`unknown command "${args.command}"; commands: ${[...COMMANDS.keys()].join(', ')}`)}\n\n${USAGE}`,
      );
      return 2;
    }
    checkOptions(args.command, args);
    requireValues(args);
    out(command(args, (s) => err(`note: ${readable(s)}\n`)));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`error: ${readable(e.message)}\n`);
      return 2;
    }
    err(`internal error: ${readable(e instanceof Error ? e.message : String(e))}\n`);
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

/**
 * A reader that stops early (`… --format json | head -1`) closes the pipe: the rest of the output has
 * nowhere to go and is not an error, so the program ends quietly with its own exit code instead of an
 * unhandled 'error' event's stack trace.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

if (isEntryPoint()) {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  process.exitCode = run(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
