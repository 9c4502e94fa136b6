import type { ResourceTimingLike } from './wirePhasesOf.ts';

/** The part of `performance` the collector uses (the page's; tests pass a fake). */
export interface PerformanceLike {
  getEntriesByName(name: string, type?: string): readonly unknown[];
  setResourceTimingBufferSize?(maxSize: number): void;
  clearResourceTimings?(): void;
  addEventListener?(type: 'resourcetimingbufferfull', listener: () => void): void;
  removeEventListener?(type: 'resourcetimingbufferfull', listener: () => void): void;
}

/** The part of PerformanceObserver the collector uses. */
export interface ObserverLike {
  observe(options: { type: string; buffered?: boolean }): void;
  disconnect(): void;
}

export type ObserverFactory = (
  callback: (entries: readonly unknown[]) => void,
) => ObserverLike | null;

export interface ResourceTimingsOptions {
  readonly performance?: PerformanceLike;
  /** Makes the observer; default the page's PerformanceObserver (null where there is none). */
  readonly observe?: ObserverFactory;
  /** How long `take` waits for an entry the browser has not recorded yet, in ms. */
  readonly waitMs?: number;
}

/**
 * Finds each request's Resource Timing entry by its exact URL (unique per run, call and copy:
 * upstreamPath names all three), for the network engine's transport.
 */
export interface ResourceTimings {
  /** Says a request to `url` is about to go out, so its entry is kept when it is recorded. */
  expect(url: string): void;
  /**
   * The entry of `url` (call it once the body was read), waiting up to `waitMs` for one the
   * browser has not recorded yet; null without one. Forgets `url` either way.
   */
  take(url: string): Promise<ResourceTimingLike | null>;
  /** Forgets `url` (a request that never answered: aborted, or the network failed). */
  forget(url: string): void;
  /** Stops observing. */
  close(): void;
}

/**
 * The browser keeps 250 resource entries by default: a run of hundreds of copies would lose its
 * last ones. This many covers a live-sized run (MAX_LIVE_COPIES) with room for the page's own.
 */
export const RESOURCE_BUFFER_SIZE = 5000;
const DEFAULT_WAIT_MS = 1000;

function isTiming(entry: unknown): entry is ResourceTimingLike & { readonly name: string } {
  return typeof entry === 'object' && entry !== null && 'requestStart' in entry && 'name' in entry;
}

function defaultObserver(callback: (entries: readonly unknown[]) => void): ObserverLike | null {
  if (typeof PerformanceObserver === 'undefined') return null;
  return new PerformanceObserver((list) => callback(list.getEntries()));
}

/**
 * Collects the entries of expected URLs. An entry is in the performance buffer as soon as the
 * browser records it (usually before the body's promise resolves); a PerformanceObserver
 * catches one recorded later, and every entry even when the buffer is full. The buffer is raised
 * to RESOURCE_BUFFER_SIZE and cleared whenever it fills up (the observer has the entries by then),
 * so long sessions never stop recording.
 */
export function createResourceTimings(options: ResourceTimingsOptions = {}): ResourceTimings {
  const perf: PerformanceLike = options.performance ?? globalThis.performance;
  const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  const expected = new Set<string>();
  const seen = new Map<string, ResourceTimingLike>();
  const waiters = new Map<string, (entry: ResourceTimingLike) => void>();

  const onEntries = (entries: readonly unknown[]): void => {
    for (const entry of entries) {
      if (!isTiming(entry) || !expected.has(entry.name)) continue;
      const waiter = waiters.get(entry.name);
      if (waiter) waiter(entry);
      else seen.set(entry.name, entry);
    }
  };
  const observer = (options.observe ?? defaultObserver)(onEntries);
  observer?.observe({ type: 'resource' });
  perf.setResourceTimingBufferSize?.(RESOURCE_BUFFER_SIZE);
  const onFull = () => perf.clearResourceTimings?.();
  perf.addEventListener?.('resourcetimingbufferfull', onFull);

  const forget = (url: string): void => {
    expected.delete(url);
    seen.delete(url);
    waiters.delete(url);
  };

  return {
    expect: (url) => void expected.add(url),
    forget,
    async take(url) {
      const buffered = perf.getEntriesByName(url, 'resource').findLast(isTiming);
      const found = seen.get(url) ?? buffered ?? null;
      if (found !== null || observer === null) {
        forget(url);
        return found;
      }
      return new Promise<ResourceTimingLike | null>((resolve) => {
        const timer = setTimeout(() => {
          forget(url);
          resolve(null);
        }, waitMs);
        waiters.set(url, (entry) => {
          clearTimeout(timer);
          forget(url);
          resolve(entry);
        });
      });
    },
    close() {
      observer?.disconnect();
      perf.removeEventListener?.('resourcetimingbufferfull', onFull);
      expected.clear();
      seen.clear();
      waiters.clear();
    },
  };
}
