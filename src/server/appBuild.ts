import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What `vite build` reads: a change in any of them makes dist/ stale. */
const BUILD_INPUTS = [
  'src',
  'public',
  'examples',
  'index.html',
  'vite.config.ts',
  'package.json',
  'tsconfig.base.json',
];

/** Newest modification time (ms) of a file or of any file below a folder; 0 if absent. */
function newestMtimeMs(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path))
    newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  return newest;
}

/**
 * Why dist/ must be built again, or null when it is up to date: missing, or older than a file
 * the build reads (tests count, they sit in src/: a spurious build is cheap, a stale app is not).
 */
export function staleBuildReason(repoRoot: string, distDir: string): string | null {
  const builtMs = newestMtimeMs(join(distDir, 'index.html'));
  if (builtMs === 0) return `${distDir} has no index.html yet`;
  const newest = Math.max(...BUILD_INPUTS.map((input) => newestMtimeMs(join(repoRoot, input))));
  return newest > builtMs ? 'the sources changed since the last build' : null;
}

/** Runs `vite build` in `repoRoot`, its output on this terminal; throws if it fails. */
export function buildApp(repoRoot: string): void {
  const vite = join(repoRoot, 'node_modules', '.bin', 'vite');
  const built = spawnSync(vite, ['build'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.error !== undefined || built.status !== 0) {
    throw new Error(
      `"vite build" failed (${built.error?.message ?? `exit code ${String(built.status)}`}): ` +
        'fix the build (run `npm run build` to see it alone), then `npm start` again.',
    );
  }
}
