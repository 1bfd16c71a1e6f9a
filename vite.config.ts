import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';

import { type Plugin, defineConfig, runnerImport } from 'vite';
import { metaCsp, securityHeadersFor, staticHostHeadersFile } from './src/app/securityHeaders.ts';
import { inlineStyleSources, inlineStylesheets } from './src/prerender/inlineStyle.ts';
import { reactImportingPackages, reactOnPreact } from './preact.aliases.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The pages' security headers from one module: a meta CSP in each built page (for hosts that send
 * none), `dist/_headers` for static hosts, and the same headers from `vite preview`. Not in dev: the
 * dev server's React refresh runs inline scripts a strict CSP would block. Each runs after the
 * prerender has inlined the calculator's stylesheet, and allows that `<style>` by its hash.
 */
function securityHeaders(): Plugin {
  return {
    name: 'security-headers',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => ({
        html,
        tags: [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: metaCsp(inlineStyleSources(html)) },
            injectTo: 'head-prepend',
          },
        ],
      }),
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('security headers: index.html is not in the build');
        const styles = inlineStyleSources(String(page.source));
        this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeadersFile(styles) });
      },
    },
  };
}

/**
 * The calculator's first screen prerendered into dist/index.html for the default scenario: the app's
 * own components (rendered in Node through Vite's module runner, which compiles the TSX as the app's
 * build does) from the pricing files on disk, checked against the engine's figures — a difference
 * fails the build (src/prerender/indexHtml.ts). The app's chunks are not module-preloaded from the
 * HTML: at 4× CPU their fetch and compile held the HTML's first paint (0.95 s → 0.68 s without them).
 * The entry (boot.ts) imports the app after that paint, and Vite's preload helper fetches its chunks then.
 * The stylesheet is inlined (src/prerender/inlineStyle.ts): the first paint needs no second request.
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
          {
            root,
            configFile: false,
            logLevel: 'warn',
            resolve: { alias: reactOnPreact },
            environments: { inline: { resolve: { noExternal: reactImportingPackages } } },
          },
        );
        const css = (file: string) => {
          const asset = ctx.bundle?.[file];
          return asset?.type === 'asset' ? String(asset.source) : undefined;
        };
        return inlineStylesheets(module.prerenderIndexHtml(html, root), css);
      },
    },
  };
}

/**
 * `vite preview` sends what a host should: the CSP with the page's frame-ancestors and the hash of the
 * built calculator page's inline stylesheet, and the rest.
 */
function previewHeaders(): Plugin {
  return {
    name: 'preview-security-headers',
    configurePreviewServer(server) {
      const page = resolve(server.config.root, server.config.build.outDir, 'index.html');
      const styles = existsSync(page) ? inlineStyleSources(readFileSync(page, 'utf8')) : [];
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(securityHeadersFor(req.url ?? '/', styles)))
          res.setHeader(name, value);
        next();
      });
    },
  };
}

/** Two pages: the calculator and the embeddable widget; relative base so dist/ works from any path. */
export default defineConfig({
  root,
  base: './',
  // Preact has no React Fast Refresh: an edited component reloads the page in dev instead of going stale.
  plugins: [react({ refreshExclude: /./ }), prerender(), securityHeaders(), previewHeaders()],
  resolve: { alias: reactOnPreact },
  server: {
    fs: {
      // The app reads pricing/**/*.json via import.meta.glob; keep the repo root (and so pricing/) servable.
      allow: [root, fileURLToPath(new URL('./pricing', import.meta.url))],
    },
  },
  build: {
    target: 'es2022',
    // Every browser the app supports has <link rel="modulepreload">: no polyfill chunk on the start path.
    modulePreload: { polyfill: false },
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
