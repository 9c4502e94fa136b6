import { useCallback, useEffect, useState } from 'react';

/** The Server lab's two views: the load test itself, and the talk's table. */
export type ServerView = 'lab' | 'talk';

/** The address's hash for the Talk view, so a slide can link straight to the table. */
export const TALK_HASH = '#talk';

const viewOfHash = (hash: string): ServerView => (hash === TALK_HASH ? 'talk' : 'lab');

/**
 * Which view shows, kept in the address's hash (`#talk`) rather than in a query parameter: the
 * query is the scenario (core's codec), and the view is not part of it. Switching pushes a
 * history entry, so Back returns to the other view; the scenario's own edits keep the hash.
 */
export function useServerView(): [ServerView, (view: ServerView) => void] {
  const [view, setView] = useState<ServerView>(() => viewOfHash(window.location.hash));
  useEffect(() => {
    const sync = (): void => setView(viewOfHash(window.location.hash));
    // Also when the lab shows again (LabShell hides a lab left for another, and its listeners
    // with it): Back or Forward may have moved the hash meanwhile.
    sync();
    window.addEventListener('hashchange', sync);
    window.addEventListener('popstate', sync);
    return () => {
      window.removeEventListener('hashchange', sync);
      window.removeEventListener('popstate', sync);
    };
  }, []);
  const show = useCallback((next: ServerView): void => {
    const hash = next === 'talk' ? TALK_HASH : '';
    if (window.location.hash !== hash) {
      const { pathname, search } = window.location;
      window.history.pushState(null, '', `${pathname}${search}${hash}`);
    }
    setView(next);
  }, []);
  return [view, show];
}
