/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { devUpstreamPlugin } from './src/server/devUpstreamPlugin.ts';

const page = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The Content Security Policy of the built pages (the app and the examples built beside it): no
 * inline script, no eval, the MSW worker from this origin only. Style sheets come from this origin
 * only (an inline <style> element of a page, examples/host.html, is allowed by its hash). React and
 * Recharts set styles through the CSSOM, which a policy does not restrict; but the SVG export
 * (src/ui/export/chartSvg.ts) clones the charts, and cloning re-applies their style attributes,
 * which `style-src 'self'` alone blocks (the saved files would lose their colours): hence
 * `style-src-attr 'unsafe-inline'`, style attributes only, never <style> elements or sheets.
 * `frame-ancestors` cannot be set from a <meta> tag (browsers ignore it there): embedding the lab
 * in a deck keeps working, and a host that wants to restrict framing sets it as an HTTP header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The network engine (issue 14) calls the Node upstream on another origin: its HTTP/2 port
  // (https) always, its HTTP/1.1 one when the page comes from elsewhere (the dev server).
  "connect-src 'self' http://localhost:* https://localhost:*",
  "worker-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Adds the policy to every built page as a <meta http-equiv> tag, first in <head>. Build only:
 * the dev server injects inline scripts (HMR, React refresh) that the policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'overlap:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const styleHashes = Array.from(
          html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g),
          (match) =>
            `'sha256-${createHash('sha256')
              .update(match[1] ?? '')
              .digest('base64')}'`,
        );
        const policy = CONTENT_SECURITY_POLICY.replace(
          "style-src 'self'",
          ["style-src 'self'", ...styleHashes].join(' '),
        );
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

// `base` lets the static build live under a sub-path (GitHub Pages): OVERLAP_BASE=/overlap/.
export default defineConfig({
  base: process.env['OVERLAP_BASE'] ?? '/',
  plugins: [react(), contentSecurityPolicy(), devUpstreamPlugin(page('.'))],
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
    // A hang guard, not a speed check: on a busy shared machine (load ~12 measured under
    // `npm run test:stress`) a CLI test that spawns tsx or a 300-run sampling test takes far
    // longer than Vitest's 5 s default. Speed belongs to the benchmarks.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
