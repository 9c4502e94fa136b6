/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const page = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// `base` lets the static build live under a sub-path (GitHub Pages): OVERLAP_BASE=/overlap/.
export default defineConfig({
  base: process.env['OVERLAP_BASE'] ?? '/',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The app, and the embedding examples (docs/embedding.md) built beside it, so that they are
    // served with it: examples/reveal.html (a reveal.js deck) and examples/host.html (a plain
    // host page, which the e2e tests drive).
    rolldownOptions: {
      input: {
        main: page('./index.html'),
        reveal: page('./examples/reveal.html'),
        host: page('./examples/host.html'),
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
