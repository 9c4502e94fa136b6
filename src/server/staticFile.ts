import { statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

/** What a path of the app names inside dist/. */
export type StaticTarget =
  | { readonly kind: 'file'; readonly file: string }
  /** The path leaves dist/ (`..`, an encoded slash, a NUL): never served. */
  | { readonly kind: 'refused' }
  | { readonly kind: 'missing' };

/**
 * The file of dist/ that answers `pathname` (the URL's path, still percent-encoded): the file
 * itself, a folder's index.html, or, for an unknown path that does not look like a file (no
 * extension in its last segment), the app's index.html: the single-page app reads its state
 * from the query, and a pasted link to a deeper path still opens it. A missing asset (`.js`,
 * `.png`...) stays a 404 rather than HTML that the browser would try to run.
 *
 * Invariant: the answer is dist/ itself or below it; anything that would leave it is refused.
 */
export function staticTarget(distDir: string, pathname: string): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\0')) return { kind: 'refused' };
  const root = resolve(distDir);
  const wanted = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (wanted !== root && !wanted.startsWith(root + sep)) return { kind: 'refused' };
  const stats = statOrNull(wanted);
  if (stats?.isFile() === true) return { kind: 'file', file: wanted };
  if (stats?.isDirectory() === true && statOrNull(join(wanted, 'index.html'))?.isFile() === true) {
    return { kind: 'file', file: join(wanted, 'index.html') };
  }
  const lastSegment = decoded.slice(decoded.lastIndexOf('/') + 1);
  if (extname(lastSegment) === '') {
    const index = join(root, 'index.html');
    if (statOrNull(index)?.isFile() === true) return { kind: 'file', file: index };
  }
  return { kind: 'missing' };
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
