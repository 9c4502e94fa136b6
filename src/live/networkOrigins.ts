/**
 * The two upstream origins Overlap's own server offers (`GET /__overlap/network`, served by
 * src/server): HTTP/1.1 and HTTP/2 (TLS). The network engine sends its calls to the one of the
 * run's protocol.
 */
export interface NetworkOrigins {
  /** e.g. `http://localhost:4180` */
  readonly http1: string;
  /** e.g. `https://localhost:4181` */
  readonly h2: string;
}

/** Where a page asks for the origins: on its own origin, since the server serves the app too. */
export const NETWORK_PROBE_PATH = '/__overlap/network';

/** An http(s) origin as the URL API writes it, or null. */
function originOf(value: unknown, protocol: 'http:' | 'https:'): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === protocol ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origins in a probe's JSON, or null when it is not the server's answer (a static host's SPA
 * fallback answers index.html, a dev server something else): `http1` must be an http origin,
 * `h2` an https one.
 */
export function networkOriginsOf(json: unknown): NetworkOrigins | null {
  if (typeof json !== 'object' || json === null) return null;
  const http1 = originOf('http1' in json ? json.http1 : null, 'http:');
  const h2 = originOf('h2' in json ? json.h2 : null, 'https:');
  return http1 === null || h2 === null ? null : { http1, h2 };
}

/** How long the probe waits: the server is local, a static host answers at once too. */
export const PROBE_TIMEOUT_MS = 2000;

/**
 * Asks the page's own origin whether Overlap's server is there. Never throws: null when it is
 * not (a static build, `vite preview`, GitHub Pages) or did not answer within `timeoutMs`.
 */
export async function probeNetworkOrigins(
  baseUrl: string | URL,
  options: { readonly timeoutMs?: number; readonly fetch?: typeof fetch } = {},
): Promise<NetworkOrigins | null> {
  const send = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? PROBE_TIMEOUT_MS);
  try {
    const response = await send(new URL(NETWORK_PROBE_PATH, baseUrl), {
      cache: 'no-store',
      signal: controller.signal,
    });
    if (!response.ok) return null;
    return networkOriginsOf(await response.json());
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
