import type { Clock } from './clock.ts';
import type { Transport } from './runFanOut.ts';
import type { WirePhases } from './trace.ts';

/** A copy waiting for a connection: granted, or withdrawn by its abort, exactly once. */
interface Waiter {
  grant: (() => void) | null;
}

/**
 * The connections a browser keeps to one upstream origin: `connections` at most (null: no cap,
 * HTTP/2's one multiplexed connection). A copy holds one from the moment it is granted until it
 * hands it back (its answer, or its abort); the others wait in one FIFO queue.
 *
 * Invariants: at most `connections` holders at once; waiters are granted strictly in arrival
 * order, and a released connection goes straight to the oldest waiter still waiting (no
 * barging); a waiter whose signal aborts leaves the queue at once and is never granted.
 */
export class ConnectionPool {
  readonly #connections: number;
  #held = 0;
  readonly #queue: Waiter[] = [];
  #head = 0;

  constructor(connections: number | null) {
    if (connections !== null && (!Number.isInteger(connections) || connections < 1)) {
      throw new RangeError(
        `A connection pool needs a whole number >= 1 or null, got ${connections}`,
      );
    }
    this.#connections = connections ?? Infinity;
  }

  /** Copies holding a connection now. */
  get held(): number {
    return this.#held;
  }

  /** Resolves once the caller holds a connection; rejects with the signal's reason if it aborts first. */
  acquire(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#held < this.#connections) {
      this.#held += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        // Still queued: leave the queue (the slot stays as a tombstone `release` skips).
        if (waiter.grant === null) return;
        waiter.grant = null;
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      this.#queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Hands a connection back: to the oldest copy still waiting, else to the pool. */
  release(): void {
    while (this.#head < this.#queue.length) {
      const waiter = this.#queue[this.#head] as Waiter;
      this.#head += 1;
      const grant = waiter.grant;
      if (grant === null) continue;
      waiter.grant = null;
      this.#compact();
      grant();
      return;
    }
    this.#held -= 1;
  }

  /** Drops the served part of the queue now and then, so a long run keeps no dead waiters. */
  #compact(): void {
    if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
      this.#queue.splice(0, this.#head);
      this.#head = 0;
    }
  }
}

/** How the virtual engine models the wire: the connections per origin, and the protocol. */
export interface WireModel {
  /** Connections to the upstream origin; null: no cap (HTTP/2 multiplexes every call). */
  readonly connections: number | null;
  /** What each copy reports in WirePhases.protocol. */
  readonly protocol: 'http/1.1' | 'h2';
}

/**
 * Puts a browser's per-host connection pool in front of `inner`: each copy waits FIFO for a
 * connection, holds it while `inner` runs (until the answer or the abort) and reports where its
 * time went: `queuedMs` the wait for a connection (the browser's "Queueing"/"Stalled"),
 * `waitingMs` the rest of its flight, no set-up and no download (the virtual engine opens no
 * socket and its answers arrive whole). A copy aborted while queued leaves the queue; a copy
 * aborted in flight frees its connection at once. Failed and aborted copies report their phases
 * through `report` (a rejected promise carries no value).
 *
 * All of a scenario's services live on one upstream origin, so one pool serves every call of the
 * run. Only the transport's own time counts: the phases cover [send, answer] exactly.
 */
export function connectionPoolTransport(
  clock: Clock,
  model: WireModel,
  inner: Transport,
): Transport {
  const pool = new ConnectionPool(model.connections);
  return async (call, signal, report) => {
    const sentAtMs = clock.now();
    const phases = (grantedAtMs: number): WirePhases => ({
      queuedMs: grantedAtMs - sentAtMs,
      connectMs: 0,
      waitingMs: clock.now() - grantedAtMs,
      downloadMs: 0,
      protocol: model.protocol,
    });
    try {
      await pool.acquire(signal);
    } catch (error) {
      report?.(phases(clock.now()));
      throw error;
    }
    const grantedAtMs = clock.now();
    try {
      await inner(call, signal);
    } catch (error) {
      report?.(phases(grantedAtMs));
      throw error;
    } finally {
      pool.release();
    }
    return phases(grantedAtMs);
  };
}
