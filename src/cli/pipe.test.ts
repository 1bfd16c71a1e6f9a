import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runBuilt, runIntoClosedPipe } from '../testing/builtCli';

let cli: { dir: string; script: string };
beforeAll(async () => {
  cli = await buildCli();
}, 120_000);

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
