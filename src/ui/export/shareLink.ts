/**
 * The address that reproduces a scenario: the page's origin and path (with any base path, e.g.
 * GitHub Pages' `/overlap/`) and the canonical query, without the page's current query or hash.
 * The query holds the seed, and every parameter left out of it is at its default, so the link
 * decodes back to exactly the same scenario.
 */
export function shareLink(pageUrl: string, query: string): string {
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}${query === '' ? '' : `?${query}`}`;
}
