import { defineConfig } from 'vitest/config';

/** Unit tests: colocated under src/ plus script tests; benchmarks and e2e specs run elsewhere. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    exclude: ['bench/**', 'e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    watch: false,
  },
});
