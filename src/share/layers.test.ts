import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SHARE = fileURLToPath(new URL('.', import.meta.url));

describe('share stays usable from Node', () => {
  it('holds no React: no file imports react or react-dom, and no .tsx is left here (the React pieces are in src/ui/share)', () => {
    const bad: string[] = [];
    let scanned = 0;
    for (const e of readdirSync(SHARE, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || /\.test\.tsx?$/.test(e.name)) continue;
      const rel = relative(SHARE, join(e.parentPath, e.name));
      if (e.name.endsWith('.tsx')) bad.push(`${rel} is a React file`);
      if (!e.name.endsWith('.ts')) continue;
      scanned++;
      if (/from ['"]react/.test(readFileSync(join(e.parentPath, e.name), 'utf8'))) bad.push(`${rel} imports React`);
    }
    expect(scanned).toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });
});
