import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';

import { type Plugin, type Rollup, defineConfig, runnerImport } from 'vite';
import { META_CSP, securityHeadersFor, staticHostHeadersFile } from './src/app/securityHeaders.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The pages' security headers from one module: a meta CSP in each built page (for hosts that send
 * none), `dist/_headers` for static hosts, and the same headers from `vite preview`. Not in dev: the
 * dev server's React refresh runs inline scripts a strict CSP would block.
 */
function securityHeaders(): Plugin {
  return {
    name: 'security-headers',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeadersFile() });
    },
  };
}

/**
 * The calculator's first screen prerendered into dist/index.html for the default scenario: the app's
 * own components (rendered in Node through Vite's module runner, which compiles the TSX as the app's
 * build does) from the pricing files on disk, checked against the engine's figures — a difference
 * fails the build (src/prerender/indexHtml.ts).
 */
function prerender(): Plugin {
  return {
    name: 'prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.path.endsWith('/index.html')) return html;
        const { module } = await runnerImport<typeof import('./src/prerender/indexHtml.ts')>(
          '/src/prerender/indexHtml.ts',
          { root, configFile: false, logLevel: 'warn' },
        );
        return module.prerenderIndexHtml(html, root, appChunks(ctx.bundle, ctx.chunk));
      },
    },
  };
}

/**
 * The app's chunks (main.tsx and its static imports), which the entry (boot.ts) imports once the
 * prerendered page has painted: the page preloads them, so they are fetched while the HTML paints.
 */
function appChunks(bundle: Rollup.OutputBundle | undefined, entry: Rollup.OutputChunk | undefined): string[] {
  const chunkOf = (file: string) => (bundle?.[file]?.type === 'chunk' ? bundle[file] : undefined);
  const app = entry?.dynamicImports.find((f) => chunkOf(f)?.facadeModuleId?.endsWith('/src/app/main.tsx'));
  if (!app) throw new Error('prerender: the entry does not import src/app/main.tsx');
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || entry?.imports.includes(file)) return;
    files.add(file);
    for (const f of chunkOf(file)?.imports ?? []) visit(f);
  };
  visit(app);
  return [...files];
}

/** `vite preview` sends what a host should: the CSP with the page's frame-ancestors, and the rest. */
function previewHeaders(): Plugin {
  return {
    name: 'preview-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(securityHeadersFor(req.url ?? '/'))) res.setHeader(name, value);
        next();
      });
    },
  };
}

/** Two pages: the calculator and the embeddable widget; relative base so dist/ works from any path. */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), securityHeaders(), prerender(), previewHeaders()],
  server: {
    fs: {
      // The app reads pricing/**/*.json via import.meta.glob; keep the repo root (and so pricing/) servable.
      allow: [root, fileURLToPath(new URL('./pricing', import.meta.url))],
    },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // No strict execution order: it wraps every module in a lazy initializer, which keeps whole barrels
      // (and ~15 KB gzip) on the first path. The one side effect that must run first, zod's jitless switch
      // (src/app/zodConfig.ts), imports nothing and is each entry's first import; the e2e fixtures fail on
      // any CSP violation, which is what a schema built before it would report.
      output: { strictExecutionOrder: false },
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
});
