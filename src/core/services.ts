/**
 * Names given to calls that the scenario does not name. The first three are the talk's upstream
 * services; the list cycles, so a scenario of 10,000 unnamed calls still has a handful of colours.
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

/** The service of the call at `index` when the scenario does not name one. */
export function defaultServiceName(index: number): string {
  return DEFAULT_SERVICE_NAMES[index % DEFAULT_SERVICE_NAMES.length] ?? 'session';
}

/** A service name: a letter, then up to 31 letters, digits, `_` or `-`. */
export const SERVICE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
