import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The CLI built as `npm run build:cli` builds it, into a fresh folder laid out like an installed
 * package (dist/cli/*.mjs, pricing/, package.json, and the examples), so tests run the real program:
 * its entry point, its stdout and its exit code, not `run()` in-process.
 */
export async function buildCli(): Promise<{ readonly dir: string; readonly script: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-built-cli-'));
  const script = join(dir, 'dist', 'cli', 'serverless-breakeven.mjs');
  mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    logLevel: 'warning',
  });
  for (const name of ['pricing', 'examples', 'package.json']) symlinkSync(join(ROOT, name), join(dir, name));
  return { dir, script };
}

export type CliRun = { readonly code: number | null; readonly stdout: string; readonly stderr: string };

/** Runs the built CLI with `argv` in `cwd`, to the end. */
export function runBuilt(script: string, argv: readonly string[], cwd: string): CliRun {
  const r = spawnSync(process.execPath, [script, ...argv], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs the built CLI with its stdout a pipe whose reader has already gone (`… | head -1` once head
 * has exited): every write fails with EPIPE. Resolves with the exit code and what it wrote to stderr.
 */
export function runIntoClosedPipe(script: string, argv: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    // Close the read end before the program has started: its first write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: '', stderr }));
  });
}
