import { useEffect, useState } from 'react';

/** The address's hash of the Teach page: not a scenario (the query is), like the Server's #talk. */
export const TEACH_HASH = '#teach';

/** Whether the Teach page shows: the hash says so, and Back and Forward follow it. */
export function useTeachPage(): boolean {
  const [shown, setShown] = useState(() => window.location.hash === TEACH_HASH);
  useEffect(() => {
    const sync = (): void => setShown(window.location.hash === TEACH_HASH);
    window.addEventListener('hashchange', sync);
    window.addEventListener('popstate', sync);
    return () => {
      window.removeEventListener('hashchange', sync);
      window.removeEventListener('popstate', sync);
    };
  }, []);
  return shown;
}
