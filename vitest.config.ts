import { defineConfig } from 'vitest/config';
import { reactImportingPaths, reactOnPreact } from './preact.aliases.ts';

/** Unit tests: colocated under src/ plus script and bench-harness tests; benchmarks and e2e specs run elsewhere. */
export default defineConfig({
  resolve: { alias: reactOnPreact },
  test: {
    server: { deps: { inline: reactImportingPaths } },
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    watch: false,
    // Property suites run thousands of cases; on a busy 2-core machine 5 s is too tight.
    testTimeout: 60_000,
  },
});
