import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The modules the default page evaluates before its first interactive figure: the entry (boot.ts) and
 * the app it preloads (main.tsx), with every module they import for a value, transitively. Type-only
 * imports and `import()` are not followed (the bundle drops the former and loads the latter on demand).
 * A source-level over-approximation of the bundle's first path (the bundler may still drop unused
 * exports), so a module kept off this graph is off the first path whatever the bundler does.
 */
const SRC = fileURLToPath(new URL('..', import.meta.url));
const ENTRIES = ['app/boot.ts', 'app/main.tsx'];

function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  // `import x from`, `import { a, type B } from`, `import './side-effect'`, `export { a } from`; not `import type`.
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?([^'";()=]*?)\s*(?:from\s*)?['"]([^'"]+)['"]/gms)) {
    if (m[1]) continue;
    const names = /^\{([^}]*)\}$/.exec(m[2]!.trim())?.[1];
    const listed = names
      ?.split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    if (listed && listed.length > 0 && listed.every((n) => n.startsWith('type '))) continue;
    specs.push(m[3]!);
  }
  return specs;
}

function resolveFrom(from: string, spec: string): string {
  if (!spec.startsWith('.'))
    return `package:${spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]}`;
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  return `asset:${relative(SRC, base)}`;
}

/** Every module on the first path, as a path under src/ (or `package:name`, `asset:…`). */
function startPath(): Set<string> {
  const seen = new Set<string>();
  const queue = ENTRIES.map((e) => join(SRC, e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    const key = file.startsWith(SRC) ? relative(SRC, file) : file;
    if (seen.has(key)) continue;
    seen.add(key);
    if (file.startsWith(SRC)) for (const spec of valueImports(file)) queue.push(resolveFrom(file, spec));
  }
  return seen;
}

/** The lazy boundaries the app prefetches after its first figure (src/ui/prefetch.ts's `import()`s). */
function prefetched(): string[] {
  const file = join(SRC, 'ui/prefetch.ts');
  return [...readFileSync(file, 'utf8').matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) =>
    relative(SRC, resolveFrom(file, m[1]!)),
  );
}

describe('the default page’s first path', () => {
  const path = startPath();

  it('is found (the walk follows the app: React, the engine, the results)', () => {
    for (const m of ['app/main.tsx', 'ui/App.tsx', 'engine/analyze.ts', 'ui/results/ResultsSection.tsx'])
      expect(path).toContain(m);
    expect(path).toContain('package:react-dom');
  });

  it('holds none of the code it loads on demand after the first figure', () => {
    const lazy = prefetched();
    expect(lazy.length).toBeGreaterThan(5);
    expect(lazy.filter((m) => path.has(m))).toEqual([]);
  });

  it('holds no cold-start pricing, no text exports and no barrel that re-exports them', () => {
    const offPath = [
      'report/index.ts',
      'report/coldstart/index.ts',
      'report/coldStartReport.ts',
      'report/textReport.ts',
      'report/markdownText.ts',
      'report/exportHeader.ts',
      'kinds/aws-lambda/coldstart/index.ts',
      'kinds/aws-lambda/coldstart/coldStarts.ts',
      'share/openLink.ts',
    ];
    expect(offPath.filter((m) => path.has(m))).toEqual([]);
  });

  it('sets zod’s jitless switch without importing zod (it runs before any schema is built)', () => {
    expect(valueImports(join(SRC, 'app/zodConfig.ts'))).toEqual([]);
    expect(valueImports(join(SRC, 'app/boot.ts'))[0]).toBe('./zodConfig');
  });
});

describe('classic zod', () => {
  // Every schema is written with zod/mini (about 10 KB gzip against classic's 25): classic zod would
  // come back onto the first path with any one import.
  it('is imported by no source file', () => {
    const classic = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .filter((f) => /^(?:import|export)\b[^'";]*?from\s*['"]zod['"]/m.test(readFileSync(join(SRC, f), 'utf8')));
    expect(classic.map((f) => f.split('\\').join('/'))).toEqual([]);
  });
});

describe('modules imported for their side effects', () => {
  // package.json's `sideEffects` tells the bundler every other module is pure: a bare `import './x'` of a
  // module not listed there is dropped from the build without a word (it passes in vitest, which does not
  // tree-shake). That is how zod's English messages once vanished from the app while every unit test passed.
  const ROOT = join(SRC, '..');
  const listed = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { sideEffects: string[] }).sideEffects
    .filter((p) => p.startsWith('./'))
    .map((p) => new RegExp(`^${p.slice(2).replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`));

  it('are all listed in package.json sideEffects, so the build keeps them', () => {
    const bare: string[] = [];
    for (const f of readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(f) || /\.test\.tsx?$/.test(f)) continue;
      const file = join(SRC, f);
      for (const m of readFileSync(file, 'utf8').matchAll(/^import\s+['"](\.[^'"]+)['"]/gm)) {
        if (m[1]!.endsWith('.css')) continue;
        const target = relative(ROOT, join(dirname(file), m[1]!))
          .split('\\')
          .join('/');
        const resolved = ['.ts', '.tsx'].map((ext) => target + ext).find((t) => existsSync(join(ROOT, t)));
        bare.push(resolved ?? target);
      }
    }
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.filter((t) => !listed.some((re) => re.test(t)))).toEqual([]);
  });
});
