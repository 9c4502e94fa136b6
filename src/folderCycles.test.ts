import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Folders form layers: no folder imports a folder that imports it back, directly or through
 * others (import/no-cycle only sees cycles between files). src/core is one layer of its own: its
 * sub-folders (models, faults, policy, server) share the root's basic types (clock, scenario)
 * while the root's planners use them, and the core is checked as a whole by its own tsconfig.
 */
const ROOT = normalize(join(import.meta.dirname, '..'));
const IMPORT = /(?:from|import\(?)\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The folder a path belongs to for this check: every folder of src/core counts as src/core. */
function folderOf(file: string): string {
  const folder = relative(ROOT, dirname(file));
  return folder.startsWith('src/core') ? 'src/core' : folder;
}

/** Folder -> the folders its (non-test) files import. */
function folderGraph(files: readonly string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(file);
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = folderOf(join(dirname(file), spec ?? ''));
      if (to !== from) targets.add(to);
    }
  }
  return graph;
}

/** The groups of two or more folders that reach each other (Tarjan's strongly connected parts). */
function folderCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (folder: string): void => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder) ?? 0);
    stack.push(folder);
    for (const next of graph.get(folder) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(folder, Math.min(low.get(folder) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) {
        low.set(folder, Math.min(low.get(folder) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(folder) !== index.get(folder)) return;
    const group: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      group.push(member);
      if (member === folder) break;
    }
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const folder of graph.keys()) if (!index.has(folder)) visit(folder);
  return cycles;
}

describe('folder layers', () => {
  test('finds a cycle through three folders and none in a one-way chain', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a', 'd'])],
      ['d', new Set<string>()],
    ]);
    expect(folderCycles(graph)).toEqual([['a', 'b', 'c']]);
    expect(folderCycles(new Map([['a', new Set(['b'])]]))).toEqual([]);
  });

  test('no folder of src imports a folder that imports it back', () => {
    const graph = folderGraph(sourceFiles(join(ROOT, 'src')));
    expect(graph.size).toBeGreaterThan(20);
    expect(graph.get('src/ui/labs/server')).toContain('src/ui/labs/server/run');
    expect(folderCycles(graph)).toEqual([]);
  });
});
