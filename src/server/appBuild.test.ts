import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleBuildReason } from './appBuild.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A repository with one source file and, if `builtAtS` is given, a dist/ built at that time. */
function repo(sourceAtS: number, builtAtS?: number): string {
  const root = mkdtempSync(join(tmpdir(), 'overlap-build-'));
  roots.push(root);
  mkdirSync(join(root, 'src', 'core'), { recursive: true });
  const source = join(root, 'src', 'core', 'a.ts');
  writeFileSync(source, 'export {};');
  for (const path of [source, join(root, 'src', 'core'), join(root, 'src')])
    utimesSync(path, sourceAtS, sourceAtS);
  if (builtAtS !== undefined) {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html>');
    utimesSync(join(root, 'dist', 'index.html'), builtAtS, builtAtS);
  }
  return root;
}

describe('npm start builds the app only when needed', () => {
  it('builds when dist/ has no index.html', () => {
    const root = repo(1_000);
    expect(staleBuildReason(root, join(root, 'dist'))).toMatch(/has no index.html yet/);
  });

  it('builds when a source is newer than the build, and not when the build is newer', () => {
    const stale = repo(2_000, 1_000);
    expect(staleBuildReason(stale, join(stale, 'dist'))).toBe(
      'the sources changed since the last build',
    );
    const fresh = repo(1_000, 2_000);
    expect(staleBuildReason(fresh, join(fresh, 'dist'))).toBeNull();
  });
});
