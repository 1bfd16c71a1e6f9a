/**
 * The JavaScript a built page must load before it can show (and answer) its first figure: the page's
 * entry chunk, the chunks its own dynamic `import()`s name (the prerendered page's entry, boot.ts, imports
 * only the app, after the HTML's first paint: that is the JavaScript before the first *interactive* figure),
 * the chunks the HTML module-preloads, and every chunk those import statically, transitively. Dynamic
 * imports deeper down and idle-time prefetches load after the first figure.
 * Usage (after `npx vite build`): npx tsx bench/jsSize.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export type PageJs = { readonly raw: number; readonly gzip: number; readonly files: readonly string[] };

/** The targets of issue 17: the calculator ≤ 120 KB gzip, the embed (plain DOM, no React) ≤ 60 KB. */
export const JS_TARGETS_KB = { 'index.html': 120, 'embed.html': 60 } as const;

/** Sums the entry chunk of `dist/<page>` and its static imports (raw and gzip -9 bytes). */
export function pageJs(dist: string, page: string): PageJs {
  const html = readFileSync(join(dist, page), 'utf8');
  const entry = /<script[^>]+type="module"[^>]+src="([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no module script in ${page}`);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import{…}from"./x.js"` / `import"./x.js"` / `export…from"./x.js"`; `import("…")` is lazy.
    for (const m of code.matchAll(
      /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
    )) {
      visit(join(dirname(file), m[1]!));
    }
  };
  const entryFile = join(dist, entry.replace(/^\.?\//, ''));
  visit(entryFile);
  for (const m of readFileSync(entryFile, 'utf8').matchAll(/\bimport\(\s*[`"'](\.{1,2}\/[^`"']+\.js)[`"']\s*\)/g)) {
    // A shared link's static paint (linkPaint.ts) loads only on a `#s=` link, never on the page measured here.
    if (/\/linkPaint-[^/]*\.js$/.test(m[1]!)) continue;
    visit(join(dirname(entryFile), m[1]!));
  }
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) {
    visit(join(dist, m[1]!.replace(/^\.?\//, '')));
  }
  let raw = 0;
  let gzip = 0;
  for (const f of seen) {
    const buf = readFileSync(f);
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip, files: [...seen].map((f) => f.slice(dist.length + 1)) };
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** One line per page: `[3] index.html: 118.2 KB gzip (…) — files; target ≤ 120 KB`. */
export function pageJsReport(dist: string): string[] {
  return Object.entries(JS_TARGETS_KB).map(([page, targetKb]) => {
    const size = pageJs(dist, page);
    const verdict = size.gzip <= targetKb * 1024 ? 'met' : 'NOT met';
    return `[3] JS before the first figure of ${page}: ${kb(size.gzip)} gzip (${kb(size.raw)} raw) — ${size.files.join(' + ')}; target ≤ ${targetKb} KB (${verdict})`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
  for (const line of pageJsReport(dist)) console.log(line);
}
