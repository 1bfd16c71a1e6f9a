import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './usage';

/**
 * Writes `text` to `path`, creating missing folders one at a time (a docs pipeline writes into a
 * build folder that may not exist yet). Not `mkdirSync(…, { recursive: true })`: under /proc it
 * never returns. Every failure is a usage error naming the path.
 */
export function writeOutFile(path: string, text: string): void {
  const missing: string[] = [];
  let dir = resolve(dirname(path));
  for (;;) {
    const kind = entryKind(dir);
    if (kind === 'dir') break;
    if (kind === 'other') throw new UsageError(`cannot write ${path} (ENOTDIR)`);
    missing.unshift(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  try {
    for (const d of missing) mkdirSync(d);
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`cannot write ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

function entryKind(path: string): 'dir' | 'other' | 'none' {
  try {
    return statSync(path).isDirectory() ? 'dir' : 'other';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'none';
    throw new UsageError(`cannot write under ${path} (${code ?? String(e)})`);
  }
}
