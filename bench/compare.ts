/**
 * `npm run bench`: builds and measures the current tree beside a base commit (HEAD~1 unless
 * `--base <rev>`) in the same run, each suite's runs interleaved between the two trees (base,
 * current, current, base, …) so the machine's load falls on both alike, and prints each metric's
 * medians and their ratio. The base is checked out into a temporary git worktree (removed on exit,
 * Ctrl-C included). By default the current tree's bench scripts measure both trees: the harness is
 * the same, only the code under test (src/, pricing/, the built dist/) differs, so a base measured
 * before the scripts printed BENCH_JSON is still compared. Options: `npm run bench -- --help`.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type TreeResult,
  type Series,
  USAGE,
  addRun,
  parseBenchJson,
  parseCompareArgs,
  suiteTable,
} from './compareCore';
import { SUITES, type Suite } from './suites';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORT_FILE = join(ROOT, 'bench', 'last-compare.md');
const RUN_TIMEOUT_MS = 15 * 60_000;

type Tree = { readonly label: 'base' | 'current'; readonly root: string; setupError?: string; buildError?: string };

let active: ChildProcess | undefined;
let cleanup: (() => void) | undefined;

/** Runs a command in its own process group (so a bench's browser and preview server stop with it). */
function run(
  cmd: string,
  args: readonly string[],
  cwd: string,
  echo: boolean,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    active = child;
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (echo) process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      if (echo) process.stderr.write(d);
    });
    const timer = setTimeout(() => killGroup(child), RUN_TIMEOUT_MS);
    const done = (code: number) => {
      clearTimeout(timer);
      active = undefined;
      resolve({ code, out, err });
    };
    child.on('error', (e) => {
      err += String(e);
      done(-1);
    });
    child.on('close', (code) => done(code ?? -1));
  });
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

function git(...args: string[]): string {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

const lastLine = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter((l) => l.trim() !== '')
    .at(-1) ?? '';

/** A detached worktree of `sha` under the system's temp folder, with node_modules; its removal goes to `cleanup`. */
async function checkoutBase(sha: string, harness: 'current' | 'base'): Promise<Tree> {
  const dir = mkdtempSync(join(tmpdir(), 'serverless-breakeven-bench-'));
  const root = join(dir, 'base');
  cleanup = () => {
    const nm = join(root, 'node_modules');
    if (lstatSync(nm, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(nm);
    spawnSync('git', ['worktree', 'remove', '--force', '--force', root], { cwd: ROOT });
    rmSync(dir, { recursive: true, force: true });
    spawnSync('git', ['worktree', 'prune'], { cwd: ROOT });
  };
  git('worktree', 'add', '--detach', '--quiet', root, sha);
  const tree: Tree = { label: 'base', root };
  // The same lock file: the same packages, so the current tree's node_modules serves (no install).
  const baseLock = spawnSync('git', ['show', `${sha}:package-lock.json`], { cwd: ROOT, encoding: 'utf8' }).stdout;
  if (baseLock === readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) {
    symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(root, 'node_modules'));
  } else {
    console.log(`base's package-lock.json differs: npm ci in ${root} …`);
    const r = await run('npm', ['ci', '--no-audit', '--no-fund'], root, false);
    if (r.code !== 0) tree.setupError = `npm ci failed: ${lastLine(r.err)}`;
  }
  if (harness === 'current') cpSync(join(ROOT, 'bench'), join(root, 'bench'), { recursive: true, force: true });
  return tree;
}

async function build(tree: Tree): Promise<void> {
  if (tree.setupError) return;
  const t0 = performance.now();
  const r = await run('npm', ['run', 'build', '--silent'], tree.root, false);
  if (r.code !== 0) tree.buildError = `build failed: ${lastLine(r.err) || lastLine(r.out)}`;
  console.log(
    `built ${tree.label} in ${((performance.now() - t0) / 1000).toFixed(0)} s${tree.buildError ? ` — ${tree.buildError}` : ''}`,
  );
}

/** One suite, `rounds` times in each tree, alternating which tree goes first. */
async function runSuite(suite: Suite, trees: readonly Tree[], rounds: number, verbose: boolean): Promise<TreeResult[]> {
  const results = trees.map((): { metrics: Map<string, Series>; error?: string | undefined } => ({
    metrics: new Map(),
  }));
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? trees.map((_, i) => i) : trees.map((_, i) => trees.length - 1 - i);
    for (const i of order) {
      const tree = trees[i]!;
      const result = results[i]!;
      result.error ??= tree.setupError ?? (suite.needsBuild ? tree.buildError : undefined);
      if (result.error !== undefined) continue;
      const t0 = performance.now();
      const r = await run(tsx, [suite.script, ...suite.args], tree.root, verbose);
      const report = parseBenchJson(r.out);
      const seconds = ((performance.now() - t0) / 1000).toFixed(0);
      if (report === null) {
        result.error = `no BENCH_JSON line (exit code ${r.code}${r.err.trim() ? `: ${lastLine(r.err)}` : ''})`;
        console.log(`[${suite.id}] round ${round + 1}/${rounds} ${tree.label}: ${result.error}`);
        continue;
      }
      addRun(result.metrics, report);
      console.log(
        `[${suite.id}] round ${round + 1}/${rounds} ${tree.label}: ${report.metrics.length} metrics, ${seconds} s`,
      );
    }
  }
  return results.map((r) =>
    r.error !== undefined && r.metrics.size === 0 ? { error: r.error } : { metrics: r.metrics },
  );
}

async function main(): Promise<number> {
  const parsed = parseCompareArgs(
    process.argv.slice(2),
    SUITES.map((s) => s.id),
  );
  const usage = USAGE.replace('SUITES', SUITES.map((s) => s.id).join(', '));
  if (!parsed.ok) {
    console.error(`${parsed.error}\n\n${usage}`);
    return 2;
  }
  const o = parsed.options;
  if (o.help) {
    console.log(usage);
    return 0;
  }
  const suites = SUITES.filter((s) => o.only.includes(s.id));
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
  const header = [
    `# npm run bench, ${new Date().toISOString().slice(0, 16)}Z`,
    '',
    `- current: ${git('log', '-1', '--format=%h %s')}${dirty ? ' (+ uncommitted changes)' : ''}`,
  ];
  const current: Tree = { label: 'current', root: ROOT };
  const trees: Tree[] = [current];
  if (o.base !== null) {
    const sha = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${o.base}^{commit}`], {
      cwd: ROOT,
      encoding: 'utf8',
    }).stdout.trim();
    if (sha === '') throw new Error(`--base ${o.base}: not a commit of this repository`);
    header.push(`- base: ${git('log', '-1', '--format=%h %s', sha)} (\`--base ${o.base}\`)`);
    header.push(
      `- harness: ${o.harness === 'current' ? "the current tree's bench scripts measure both trees" : "each tree's own bench scripts"}`,
    );
    trees.unshift(await checkoutBase(sha, o.harness));
  }
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ');
  header.push(
    `- ${o.rounds} round(s) per suite${trees.length > 1 ? ' interleaved (base, current, current, base, …)' : ''}; Node ${process.version}; load average ${load()} at start`,
  );
  if (suites.some((s) => s.needsBuild)) for (const t of trees) await build(t);
  const tables: string[] = [];
  for (const suite of suites) {
    const [a, b] = await runSuite(suite, trees, o.rounds, o.verbose || o.base === null);
    tables.push(
      b === undefined ? suiteTable(suite.id, undefined, a!, o.threshold) : suiteTable(suite.id, a, b, o.threshold),
    );
  }
  header.push(`- load average ${load()} at the end`);
  if (trees.length > 1)
    header.push(
      `- ratio = current / base of the medians; [min–max] over the rounds; flagged beyond ±${Math.round(o.threshold * 100)} % (? = the ranges overlap, or one round: may be noise)`,
    );
  const text = `${header.join('\n')}\n\n${tables.join('\n\n')}\n`;
  console.log(`\n${text}`);
  writeFileSync(REPORT_FILE, text);
  console.log(`(written to ${REPORT_FILE})`);
  return tables.some((t) => t.includes('current tree not measured')) ? 1 : 0;
}

function stop(signal: NodeJS.Signals): void {
  if (active) killGroup(active);
  cleanup?.();
  cleanup = undefined;
  console.error(`\nstopped by ${signal}; temporary worktree removed`);
  process.exit(130);
}
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, () => stop(s));

try {
  process.exitCode = await main();
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  cleanup?.();
  cleanup = undefined;
}
