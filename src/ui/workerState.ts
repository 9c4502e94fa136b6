/** The mock service worker as the page sees it. */
export type WorkerState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'unavailable'; readonly reason: string };
