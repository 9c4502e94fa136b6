#!/usr/bin/env node
/**
 * Runs a TypeScript benchmark as one esbuild bundle under plain Node (issue 16: measure the
 * engine, not the loader). tsx transforms each module with esbuild's keepNames, which wraps every
 * function and class in a naming helper: closure-heavy code (the models' async functions, the
 * engine's per-call closures) ran about twice as slow under it. The bundle keeps no names, is
 * not minified (profiles stay readable) and keeps packages external (resolved from node_modules).
 *
 * Usage: node scripts/runBundled.mjs bench/engine.bench.ts [args...]
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (entry === undefined) {
  console.error('Usage: node scripts/runBundled.mjs <entry.ts> [args...]');
  process.exit(2);
}
const outDir = resolve('node_modules/.cache/overlap-bench');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `${basename(entry).replace(/\.ts$/, '')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  keepNames: false,
  minify: false,
  logLevel: 'warning',
});
process.argv = [process.argv[0] ?? 'node', outfile, ...args];
console.log(`(bundled by esbuild into ${outfile}; plain Node ${process.version}, no keepNames)`);
await import(pathToFileURL(outfile).href);
