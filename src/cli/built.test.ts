import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The CLI as users run it: built as `npm run build:cli` builds it, spawned as a program. Every CLI
 * example of the README runs as written, and output into a closed pipe ends quietly.
 */
/** The repository root. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The CLI built as `npm run build:cli` builds it, into a fresh folder laid out like an installed
 * package (dist/cli/*.mjs, pricing/, package.json, and the examples), so tests run the real program:
 * its entry point, its stdout and its exit code, not `run()` in-process.
 */
async function buildCli(): Promise<{ readonly dir: string; readonly script: string }> {
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

type CliRun = { readonly code: number | null; readonly stdout: string; readonly stderr: string };

/** Runs the built CLI with `argv` in `cwd`, to the end. */
function runBuilt(script: string, argv: readonly string[], cwd: string): CliRun {
  const r = spawnSync(process.execPath, [script, ...argv], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs the built CLI with its stdout a pipe whose reader has already gone (`… | head -1` once head
 * has exited): every write fails with EPIPE. Resolves with the exit code and what it wrote to stderr.
 */
function runIntoClosedPipe(script: string, argv: readonly string[], cwd: string): Promise<CliRun> {
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

const PREFIX = 'npm run cli -- ';

/**
 * Splits one example line as sh would: single and double quotes, a `#` comment. Anything sh would
 * treat as more than one command (`|`, `>`, `;`, `&`, `$`, backquotes) is an error: an example must
 * run as written when copied (`--format markdown|csv` was a pipe).
 */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: string | null = null;
  for (const ch of line) {
    if (quote !== null) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (ch === '#' && word === null) break;
    else if (/[|><;&$`()]/.test(ch)) throw new Error(`"${ch}" in an example is shell syntax: ${line}`);
    else word = (word ?? '') + ch;
  }
  if (quote !== null) throw new Error(`unclosed quote: ${line}`);
  if (word !== null) words.push(word);
  return words;
}

/** Every CLI example of the README: lines of its code blocks, and inline code, that start `npm run cli -- `. */
function readmeExamples(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```[a-z]*\n([\s\S]*?)^```/gm)].flatMap((m) => m[1]!.split('\n'));
  const inline = [...markdown.matchAll(/`(npm run cli -- [^`]+)`/g)].map((m) => m[1]!);
  // "`npm run cli -- …`" is how the README names the script, not an example.
  return [...blocks.filter((l) => l.startsWith(PREFIX)), ...inline.filter((l) => !l.includes('…'))];
}

const examples = readmeExamples(readFileSync(join(ROOT, 'README.md'), 'utf8'));

let cli: { dir: string; script: string };
beforeAll(async () => {
  cli = await buildCli();
}, 120_000);

describe('README examples', () => {
  it('there are examples, each command at least once, every format written out separately', () => {
    const argvs = examples.map((l) => shellWords(l.slice(PREFIX.length)));
    expect(new Set(argvs.map((a) => a[0]))).toEqual(
      new Set(['estimate', 'breakeven', 'render', 'rightsize', 'coldstart', 'checklist']),
    );
    const formats = new Set(argvs.filter((a) => a.includes('--format')).map((a) => a[a.indexOf('--format') + 1]));
    expect(formats).toEqual(new Set(['json', 'markdown', 'csv', 'svg', 'diagram-svg']));
  });

  it.each(examples)('%s runs as written: exit 0, output, nothing on stderr', (line) => {
    const argv = shellWords(line.slice(PREFIX.length));
    const r = runBuilt(cli.script, argv, cli.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().length).toBeGreaterThan(0);
  });

  it('the shell-words reader refuses a pipe and reads quotes and comments', () => {
    expect(() => shellWords('estimate x.json --format markdown|csv')).toThrow(/shell syntax/);
    expect(shellWords(`rightsize x.json --power-tuning 'https://a/#b;c' # note`)).toEqual([
      'rightsize',
      'x.json',
      '--power-tuning',
      'https://a/#b;c',
    ]);
  });
});

describe('the built CLI', () => {
  it.each([
    [['estimate', 'examples/brief.json', '--format', 'json']],
    [['estimate', 'examples/clouds.json']],
    [['rightsize', 'examples/brief.json', '--sweep']],
  ])('%j into a pipe closed early ends quietly: no stack trace, its own exit code', async (argv) => {
    const r = await runIntoClosedPipe(cli.script, argv, cli.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('an error into a closed pipe still exits 2 with its message', async () => {
    const r = await runIntoClosedPipe(cli.script, ['estimate', 'examples/brief.json', '--frmat', 'json'], cli.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: unknown option --frmat; did you mean --format?\n');
  });

  it('an unknown option is refused by the program itself, exit 2, nothing on stdout', () => {
    const r = runBuilt(cli.script, ['breakeven', 'examples/brief.json', '--pair'], cli.dir);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'error: unknown option --pair; did you mean --pairs?\n' });
  });
});
