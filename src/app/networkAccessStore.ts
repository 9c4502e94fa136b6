import { createNetworkEngine } from '../live/networkEngine.ts';
import { probeNetworkOrigins } from '../live/networkOrigins.ts';
import { NO_SERVER_SENTENCE, type NetworkAccess } from '../ui/networkEnginePort.ts';

/** Holds whether the network engine is available here, for `useSyncExternalStore`. */
export interface NetworkAccessStore {
  readonly getSnapshot: () => NetworkAccess;
  readonly subscribe: (onChange: () => void) => () => void;
}

/**
 * Probes the page's own origin once for Overlap's server (`GET /__overlap/network`, short
 * timeout): present, the network engine is made over its two origins; absent (a static build,
 * `vite preview`, GitHub Pages), the engine is unavailable with the one sentence that says how to
 * get it. The probe starts at once and never throws.
 */
export function createNetworkAccessStore(
  baseUrl: string,
  observeElement: Element | null,
  /** False skips the probe: a build for a sub-path is a static deploy, and its 404 would log. */
  probe = true,
): NetworkAccessStore {
  let access: NetworkAccess = probe
    ? { kind: 'checking' }
    : { kind: 'unavailable', reason: NO_SERVER_SENTENCE };
  const listeners = new Set<() => void>();
  if (!probe) return { getSnapshot: () => access, subscribe: () => () => undefined };
  void probeNetworkOrigins(baseUrl).then((origins) => {
    if (origins === null) {
      access = { kind: 'unavailable', reason: NO_SERVER_SENTENCE };
    } else {
      const engine = createNetworkEngine({ origins, observeElement });
      access = {
        kind: 'available',
        port: { run: (calls, spec, options) => engine.run(calls, spec, options) },
      };
    }
    for (const listener of listeners) listener();
  });
  return {
    getSnapshot: () => access,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
