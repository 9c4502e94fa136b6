/**
 * Bundle-size benchmark (not a test): builds the app and prints the gzipped JavaScript a first
 * visit downloads before it is interactive (the entry script and its modulepreloads, read from
 * dist/index.html) beside every lazily loaded chunk (MSW, the charts) and the total.
 * Target (issue 3): initial JavaScript at most 200 kB gzipped; MSW in its own chunk.
 * Method: `vite build`, then gzip -9 of each emitted .js file in this process (node:zlib).
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TARGET_KB = 200;
const dist = join(import.meta.dirname, '..', 'dist');

execSync('npx vite build --logLevel error', { stdio: 'inherit' });
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/(?:src|href)="[^"]*?\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? ''),
);
const kb = (bytes: number): string => (bytes / 1024).toFixed(1).padStart(7);
let initialGz = 0;
let totalGz = 0;
console.log('chunk                                     raw kB   gzip kB  loaded');
for (const file of readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const bytes = readFileSync(join(dist, 'assets', file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const isInitial = initial.has(`assets/${file}`);
  if (isInitial) initialGz += gz;
  totalGz += gz;
  console.log(
    `${file.padEnd(40)} ${kb(bytes.length)}  ${kb(gz)}  ${isInitial ? 'initial' : 'lazy'}`,
  );
}
console.log(`initial JavaScript: ${kb(initialGz).trim()} kB gzipped (target <= ${TARGET_KB} kB)`);
console.log(`all JavaScript:     ${kb(totalGz).trim()} kB gzipped`);
const mswSeparate = [...initial].every((file) => !file.includes('createMockWorker'));
console.log(`MSW in its own lazily loaded chunk: ${mswSeparate ? 'yes' : 'NO'}`);
process.exitCode = initialGz / 1024 <= TARGET_KB && mswSeparate ? 0 : 1;
