#!/usr/bin/env node
/**
 * Runs a TypeScript benchmark as one esbuild bundle under plain Node (issue 16: measure the
 * engine, not the loader). tsx transforms each module with esbuild's keepNames, which wraps every
 * function and class in a naming helper: closure-heavy code (the models' async functions, the
 * engine's per-call closures) ran about twice as slow under it. The bundle keeps no names, is
 * not minified (profiles stay readable) and keeps packages external (resolved from node_modules).
 *
 * Usage: node scripts/runBundled.mjs [--quiet] bench/engine.bench.ts [args...]
 * `npm run sim` runs the CLI this way too: a 100,000-call run with faults printed its JSON in
 * about 2.4 s bundled against 5-6 s under tsx (whose start alone is about 1.3 s here).
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// `--quiet` (the CLI, `npm run sim`): no banner, so stdout stays the program's own output.
const quiet = process.argv[2] === '--quiet';
const [entry, ...args] = process.argv.slice(quiet ? 3 : 2);
if (entry === undefined) {
  console.error('Usage: node scripts/runBundled.mjs [--quiet] <entry.ts> [args...]');
  process.exit(2);
}
const outDir = fileURLToPath(new URL('../node_modules/.cache/overlap-bench/', import.meta.url));
mkdirSync(outDir, { recursive: true });
// One bundle per process: two runs at once (tests, a shell loop) never load each other's half.
const outfile = join(outDir, `${basename(entry).replace(/\.ts$/, '')}-${process.pid}.mjs`);
process.on('exit', () => {
  rmSync(outfile, { force: true });
  rmSync(`${outfile}.map`, { force: true });
});
await build({
  entryPoints: [resolve(entry)],
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
if (!quiet) {
  console.log(`(bundled by esbuild into ${outfile}; plain Node ${process.version}, no keepNames)`);
}
await import(pathToFileURL(outfile).href);
