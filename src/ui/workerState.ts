/** The mock service worker as the page sees it. */
export type WorkerState =
  | {
      readonly kind: 'starting';
      /** Set when the worker went away mid-session and is being started again: why. */
      readonly recovering?: string;
    }
  | { readonly kind: 'ready' }
  | { readonly kind: 'unavailable'; readonly reason: string };
