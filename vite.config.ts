import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Two pages: the calculator and the embeddable widget; relative base so dist/ works from any path. */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
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
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
});
