import type { Millis } from './clock.ts';
import type { WireModel } from './connectionPool.ts';
import { MinHeap } from './minHeap.ts';

/** When a call sent at `sentMs` gets a connection, what set-up it pays, and when it ends. */
export interface ScheduledCall {
  readonly grantedMs: Millis;
  readonly connectMs: Millis;
  readonly endMs: Millis;
}

/**
 * The formulas' side of connectionPool.ts (docs/network.md): calls are sent in list order at
 * non-decreasing instants, so the FIFO pool grants them in list order, each the earliest-free
 * connection (list scheduling of the sends). Call i, sent at s_i with latency d_i:
 *
 * - HTTP/1.1 keep-alive: an open connection free by s_i is reused (g_i = s_i, no set-up); else a
 *   new one is opened while fewer than N are open (g_i = s_i, set-up paid); else the earliest
 *   one to free is reused (g_i = its free time). e_i = g_i + set-up + d_i.
 * - HTTP/1.1 Connection: close: every call opens its own connection: g_i = max(s_i, earliest
 *   free of N slots), e_i = g_i + set-up + d_i.
 * - HTTP/2: one connection, up at s_0 + set-up: a call sent before waits for it.
 */
export function connectionSchedule(
  wire: WireModel,
): (sentMs: Millis, latencyMs: Millis) => ScheduledCall {
  const cap = wire.protocol === 'h2' ? Infinity : (wire.connections ?? Infinity);
  const setupMs = wire.setupMs;
  if (wire.protocol === 'h2') {
    let upAtMs: Millis | null = null;
    return (sentMs, latencyMs) => {
      upAtMs ??= sentMs + setupMs;
      const connectMs = Math.max(0, upAtMs - sentMs);
      return { grantedMs: sentMs, connectMs, endMs: sentMs + connectMs + latencyMs };
    };
  }
  // The free times of the open (keep-alive) or busy (close) connections.
  const freeAt = new MinHeap<Millis>((a, b) => a < b);
  let opened = 0;
  return (sentMs, latencyMs) => {
    let grantedMs = sentMs;
    let connectMs = setupMs;
    if (wire.keepAlive) {
      const earliest = freeAt.peek();
      if (earliest !== undefined && earliest <= sentMs) {
        freeAt.pop();
        connectMs = 0;
      } else if (opened < cap) {
        opened += 1;
      } else {
        grantedMs = freeAt.pop() as Millis;
        connectMs = 0;
      }
    } else if (freeAt.size >= cap) {
      grantedMs = Math.max(sentMs, freeAt.pop() as Millis);
    }
    const endMs = grantedMs + connectMs + latencyMs;
    freeAt.push(endMs);
    return { grantedMs, connectMs, endMs };
  };
}
