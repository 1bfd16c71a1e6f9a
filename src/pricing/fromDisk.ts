import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RawPricingFiles } from './loadRaw';

/** Reads every `*.json` under a pricing folder (Node only: the CLI and tests). */
export function readPricingDir(dir: string): RawPricingFiles {
  const out: Record<string, unknown> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const path = join(entry.parentPath, entry.name);
    out[path] = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  }
  return out;
}
