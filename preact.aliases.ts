/**
 * The app is written against React's API and types (`@types/react`), and ships on Preact: these aliases
 * swap React for `preact/compat` wherever the app's code runs — the Vite build (app, embed and the
 * build-time prerender) and vitest, so unit tests render what ships. Preact is ~5 KB gzip where
 * react + react-dom were 68 KB on the first figure's path, and its diff is cheaper per input.
 * `react/jsx-runtime` and `react-dom/{client,server}` follow from the prefixes (`preact/compat/…`).
 * react, react-dom and react-is stay installed only as recharts' peer dependencies; nothing bundles them.
 */
export const reactOnPreact: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
};

/**
 * Dependencies that import `react` and must be compiled by Vite (not handed to Node) wherever the app's
 * code runs in Node — the prerender's module runner and vitest — so their imports meet the aliases too:
 * one Preact, as in the browser.
 */
export const reactImportingPackages = ['recharts', 'react-redux', 'use-sync-external-store', 'zustand'];

/** The same packages as vitest's `server.deps.inline` wants them: matched against a module's path. */
export const reactImportingPaths = [new RegExp(`/node_modules/(${reactImportingPackages.join('|')})/`)];
