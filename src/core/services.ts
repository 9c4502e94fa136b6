/**
 * Names given to calls that the scenario does not name. The first three are the talk's upstream
 * services. Past the list, names take a round number (`session-2`, `business-2`, ...), so that
 * default names never repeat within a run: two rows named "session" would read as one service.
 */
export const DEFAULT_SERVICE_NAMES = [
  'session',
  'business',
  'user',
  'reviews',
  'photos',
  'ads',
  'search',
  'geo',
] as const;

/** The service of the call at `index` when the scenario does not name one; unique per index. */
export function defaultServiceName(index: number): string {
  const count = DEFAULT_SERVICE_NAMES.length;
  const base = DEFAULT_SERVICE_NAMES[index % count] ?? 'session';
  const round = Math.floor(index / count);
  return round === 0 ? base : `${base}-${round + 1}`;
}

/** A service name: a letter, then up to 31 letters, digits, `_` or `-`. */
export const SERVICE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
