import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SHARE = fileURLToPath(new URL('.', import.meta.url));

describe('share stays usable from Node', () => {
  it('only share/ui imports React, and nothing outside it imports share/ui or touches the DOM at import time', () => {
    const bad: string[] = [];
    for (const e of readdirSync(SHARE, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !/\.tsx?$/.test(e.name) || /\.test\.tsx?$/.test(e.name)) continue;
      const file = join(e.parentPath, e.name);
      const rel = relative(SHARE, file);
      if (rel.startsWith('ui')) continue;
      const text = readFileSync(file, 'utf8');
      if (/from ['"]react/.test(text)) bad.push(`${rel} imports React`);
      if (/from ['"]\.\/ui/.test(text)) bad.push(`${rel} imports share/ui`);
    }
    expect(bad).toEqual([]);
  });
});
