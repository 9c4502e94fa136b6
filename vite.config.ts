/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base` lets the static build live under a sub-path (GitHub Pages): OVERLAP_BASE=/overlap/.
export default defineConfig({
  base: process.env['OVERLAP_BASE'] ?? '/',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
