import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The dependency direction of design.md, enforced per file role (not per folder): a kind's home
 * (src/kinds/<kind>/) holds files of several roles, and each obeys its role's rule. Data flows
 * engine ← model ← pricing/scenario/measure ← report ← share ← state/embed ← ui/charts ← app, cli.
 */
const SRC = fileURLToPath(new URL('.', import.meta.url));

type Role =
  | 'engine'
  | 'model'
  | 'pricing'
  | 'scenario'
  | 'measure'
  | 'report'
  | 'share'
  | 'embed'
  | 'state'
  | 'charts'
  | 'ui'
  | 'cli'
  | 'app'
  | 'prerender'
  | 'testing'
  | 'validation';

const PURE = ['engine', 'model'] as const;
const ALLOWED: Record<Role, { roles: readonly Role[]; packages: RegExp }> = {
  // The core and every kind's engine model: decimal.js and the core only.
  engine: { roles: [], packages: /^decimal\.js$/ },
  model: { roles: ['engine'], packages: /^decimal\.js$/ },
  // zod's English messages, registered once for every layer that validates (zod/mini has none of its own).
  validation: { roles: [], packages: /^zod\/(mini|locales)$/ },
  pricing: { roles: [...PURE, 'validation'], packages: /^(zod\/mini|node:(fs|path|url))$/ },
  scenario: { roles: [...PURE, 'validation'], packages: /^zod\/mini$/ },
  measure: { roles: [...PURE, 'validation'], packages: /^zod\/mini$/ },
  report: { roles: [...PURE, 'pricing', 'scenario'], packages: /^$/ },
  // share is framework-free: the React share panel lives in ui/share.
  share: { roles: [...PURE, 'validation', 'pricing', 'scenario', 'report'], packages: /^(zod\/mini|fflate)$/ },
  embed: { roles: [...PURE, 'pricing', 'scenario', 'report', 'share'], packages: /^zustand\/vanilla$/ },
  state: { roles: [...PURE, 'pricing', 'scenario', 'report', 'share'], packages: /^zustand\/vanilla$/ },
  // Charts take plain props; the palette and tick rule they share with the SVG chart live in share/chart.
  charts: { roles: ['share'], packages: /^(react|recharts)$/ },
  ui: {
    roles: [...PURE, 'validation', 'pricing', 'scenario', 'report', 'share', 'state', 'charts', 'measure'],
    packages: /^(react|zustand|recharts|zod\/mini)$/,
  },
  cli: { roles: [...PURE, 'pricing', 'scenario', 'report', 'share', 'measure'], packages: /^node:/ },
  app: { roles: ['pricing', 'report', 'share', 'embed', 'ui'], packages: /^(react|react-dom\/client|zod\/mini)$/ },
  // Build time only (the Vite plugin): the app's first screen rendered in Node and checked against the engine.
  prerender: {
    roles: [...PURE, 'pricing', 'scenario', 'report', 'share', 'state', 'ui', 'app'],
    packages: /^(react|preact-render-to-string|node:(path|crypto))$/,
  },
  testing: { roles: [...PURE, 'pricing', 'scenario', 'report'], packages: /^(node:url|fast-check|decimal\.js)$/ },
};

/** The role of a source file: its top folder, or inside src/kinds/ the file's name. */
function roleOf(file: string): Role {
  const rel = relative(SRC, file).split(/[\\/]/);
  const top = rel[0] ?? '';
  if (top !== 'kinds') {
    if (!(top in ALLOWED)) throw new Error(`${relative(SRC, file)}: no layer rule for folder ${top}/`);
    return top as Role;
  }
  const name = rel[rel.length - 1] ?? '';
  if (name.endsWith('.tsx') || name === 'ui.ts' || name === 'editors.ts') return 'ui';
  if (name === 'pricingFile.ts' || name === 'pricingFiles.ts') return 'pricing';
  // The component contract pairs a zod schema with a pure model: it is written as scenario code.
  if (name === 'scenario.ts' || name === 'schemas.ts' || name === 'componentKind.ts' || name === 'componentKinds.ts')
    return 'scenario';
  return 'model';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The file a relative import names (`./x` → x.ts, x.tsx or x/index.ts), or null for JSON and the like. */
function resolveImport(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate)) return candidate;
  return null;
}

const ALL = sourceFiles(SRC);

describe('layer boundaries', () => {
  for (const [role, rule] of Object.entries(ALLOWED) as [Role, (typeof ALLOWED)[Role]][]) {
    it(`${role} files import only ${[...rule.roles, rule.packages.source].join(', ')} and their own role`, () => {
      const bad: string[] = [];
      for (const file of ALL.filter((f) => roleOf(f) === role)) {
        for (const spec of importsOf(file)) {
          if (spec.startsWith('.')) {
            const target = resolveImport(file, spec);
            if (target === null) continue;
            const targetRole = roleOf(target);
            if (targetRole !== role && !rule.roles.includes(targetRole))
              bad.push(`${relative(SRC, file)} (${role}) → ${spec} (${targetRole})`);
          } else if (!rule.packages.test(spec)) {
            bad.push(`${relative(SRC, file)} → ${spec}`);
          }
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it('pure layers use no browser or Node globals (they run in a worker, Node and tests alike)', () => {
    const bad: string[] = [];
    for (const file of ALL.filter((f) => ['engine', 'model', 'scenario', 'report'].includes(roleOf(f)))) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const m of code.matchAll(
        /\b(window|document|navigator|localStorage|sessionStorage|location|process|globalThis|fetch)\b\s*[.(]/g,
      ))
        bad.push(`${relative(SRC, file)}: ${m[1]}`);
    }
    expect(bad).toEqual([]);
  });

  it('no two source files import each other in a circle', () => {
    const graph = new Map(
      ALL.map(
        (f) =>
          [
            f,
            importsOf(f)
              .filter((s) => s.startsWith('.'))
              .map((s) => resolveImport(f, s))
              .filter((t): t is string => t !== null),
          ] as const,
      ),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 'open')
          cycles.push([...stack.slice(stack.indexOf(t)), t].map((x) => relative(SRC, x)).join(' → '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of ALL) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('the rules cannot pass vacuously: every role has files and the engine is scanned', () => {
    for (const role of Object.keys(ALLOWED) as Role[])
      expect(ALL.filter((f) => roleOf(f) === role).length, role).toBeGreaterThan(0);
    expect(ALL.filter((f) => roleOf(f) === 'engine').length).toBeGreaterThan(10);
    expect(importsOf(join(SRC, 'engine', 'money.ts'))).toContain('./decimal');
    expect(roleOf(join(SRC, 'kinds', 'aws-lambda', 'model.ts'))).toBe('model');
    expect(roleOf(join(SRC, 'kinds', 'aws-lambda', 'Editor.tsx'))).toBe('ui');
  });
});
