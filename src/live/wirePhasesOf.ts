import type { WirePhases } from '../core/trace.ts';

/**
 * The numbers of a PerformanceResourceTiming entry that the phases are made of (all in ms on the
 * page's performance timeline; a real entry satisfies it structurally).
 */
export interface ResourceTimingLike {
  readonly fetchStart: number;
  readonly domainLookupStart: number;
  readonly domainLookupEnd: number;
  readonly connectStart: number;
  readonly connectEnd: number;
  readonly requestStart: number;
  readonly responseStart: number;
  readonly responseEnd: number;
  readonly nextHopProtocol: string;
}

/**
 * Where one fetch's time went, from its Resource Timing entry (DESIGN.md, "Network engine"),
 * measured from `sentAtMs` (when the transport was asked to send it, on the same timeline;
 * default the entry's fetchStart):
 *
 * - connection set-up: DNS (domainLookupStart→End) plus TCP and TLS (connectStart→End), only
 *   when they took time: a reused connection reports connectStart = connectEnd = fetchStart;
 * - queued in the browser: the rest of sentAt→requestStart (the six-per-host wait over HTTP/1.1,
 *   and the few µs of fetch()'s own set-up);
 * - waiting: requestStart→responseStart; download: responseStart→responseEnd;
 * - protocol: nextHopProtocol (`http/1.1`, `h2`).
 *
 * Null when the entry hides its phases (a cross-origin answer without Timing-Allow-Origin has
 * requestStart = responseStart = 0) or is not ordered (not an answer's entry). Invariant: every
 * phase >= 0 and they sum to responseEnd - sentAtMs.
 */
export function wirePhasesOf(entry: ResourceTimingLike, sentAtMs?: number): WirePhases | null {
  const { requestStart, responseStart, responseEnd } = entry;
  if (requestStart <= 0 || responseStart < requestStart || responseEnd < responseStart) return null;
  const fromMs = Math.min(sentAtMs ?? entry.fetchStart, entry.fetchStart);
  if (requestStart < fromMs) return null;
  const dnsMs = Math.max(0, entry.domainLookupEnd - entry.domainLookupStart);
  const tcpTlsMs = Math.max(0, entry.connectEnd - entry.connectStart);
  const beforeRequestMs = requestStart - fromMs;
  const connectMs = Math.min(beforeRequestMs, dnsMs + tcpTlsMs);
  return {
    queuedMs: beforeRequestMs - connectMs,
    connectMs,
    waitingMs: responseStart - requestStart,
    downloadMs: responseEnd - responseStart,
    protocol: entry.nextHopProtocol,
  };
}
