import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The dependency direction of design.md, enforced: data flows engine ← pricing/scenario ← report
 * ← state/share ← ui/charts ← app, cli. Each layer lists what it may import (besides itself).
 */
const SRC = fileURLToPath(new URL('.', import.meta.url));
const ALLOWED: Record<string, { layers: string[]; packages: RegExp }> = {
  engine: { layers: [], packages: /^decimal\.js$/ },
  pricing: { layers: ['engine'], packages: /^(zod|node:(fs|path|url))$/ },
  scenario: { layers: ['engine'], packages: /^zod$/ },
  measure: { layers: ['engine'], packages: /^zod$/ },
  report: { layers: ['engine', 'pricing', 'scenario'], packages: /^$/ },
  share: { layers: ['engine', 'pricing', 'scenario', 'report'], packages: /^zod$/ },
  embed: { layers: ['engine', 'pricing', 'scenario', 'report', 'share'], packages: /^zustand\/vanilla$/ },
  cli: { layers: ['engine', 'pricing', 'scenario', 'report', 'share', 'rightsizing', 'measure'], packages: /^node:/ },
  state: { layers: ['engine', 'pricing', 'scenario', 'report', 'share'], packages: /^zustand\/vanilla$/ },
  charts: { layers: ['share'], packages: /^(react|recharts)$/ },
  ui: { layers: ['engine', 'pricing', 'scenario', 'report', 'share', 'state', 'charts', 'measure'], packages: /^(react|zustand|recharts|zod)$/ },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

describe('layer boundaries', () => {
  for (const [layer, rule] of Object.entries(ALLOWED)) {
    it(`${layer} imports only ${[...rule.layers, rule.packages.source].join(', ')} and itself`, () => {
      const bad: string[] = [];
      for (const file of sourceFiles(join(SRC, layer))) {
        for (const spec of importsOf(file)) {
          if (spec.startsWith('.')) {
            const target = relative(SRC, join(file, '..', spec)).split(/[\\/]/)[0] ?? '';
            if (target !== layer && !rule.layers.includes(target)) bad.push(`${relative(SRC, file)} → ${spec}`);
          } else if (!rule.packages.test(spec)) {
            bad.push(`${relative(SRC, file)} → ${spec}`);
          }
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it('the engine is found and scanned (the rule cannot pass vacuously)', () => {
    expect(sourceFiles(join(SRC, 'engine')).length).toBeGreaterThan(10);
    expect(importsOf(join(SRC, 'engine', 'money.ts'))).toContain('./decimal');
  });
});
