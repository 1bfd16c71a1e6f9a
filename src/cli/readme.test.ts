import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildCli, runBuilt } from '../testing/builtCli';

const PREFIX = 'npm run cli -- ';

/**
 * Splits one example line as sh would: single and double quotes, a `#` comment. Anything sh would
 * treat as more than one command (`|`, `>`, `;`, `&`, `$`, backquotes) is an error: an example must
 * run as written when copied (`--format markdown|csv` was a pipe).
 */
export function shellWords(line: string): string[] {
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
export function readmeExamples(markdown: string): string[] {
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
    expect(new Set(argvs.map((a) => a[0]))).toEqual(new Set(['estimate', 'breakeven', 'render', 'rightsize']));
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
