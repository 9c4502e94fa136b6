import type { Clock } from './clock.ts';
import type { Transport } from './runFanOut.ts';
import type { WirePhases } from './trace.ts';

/** What a copy got from the pool: an open connection to reuse, or a new one to set up. */
export interface Grant {
  /** True when the connection is new: the copy pays the set-up before sending. */
  readonly fresh: boolean;
}

/** A copy waiting for a connection: granted, or withdrawn by its abort, exactly once. */
interface Waiter {
  grant: ((grant: Grant) => void) | null;
}

/**
 * The HTTP/1.1 connections a browser keeps to one upstream origin: `connections` at most (null:
 * no cap). A copy holds one from the moment it is granted until it hands it back (its answer,
 * or its abort); the others wait in one FIFO queue. A connection handed back `reusable` stays
 * open (keep-alive): the next copy reuses it, with no set-up; one that is not (Connection: close,
 * or a copy aborted mid-answer) closes, and the next copy opens a new one.
 *
 * Invariants: at most `connections` open connections (held or idle); waiters are granted
 * strictly in arrival order, and a released connection goes straight to the oldest waiter still
 * waiting (no barging); a waiter whose signal aborts leaves the queue at once and is never
 * granted; an idle open connection is reused before a new one is opened.
 */
export class ConnectionPool {
  readonly #connections: number;
  #held = 0;
  #idle = 0;
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
  acquire(signal: AbortSignal | undefined): Promise<Grant> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#idle > 0) {
      this.#idle -= 1;
      this.#held += 1;
      return Promise.resolve(REUSED);
    }
    if (this.#held < this.#connections) {
      this.#held += 1;
      return Promise.resolve(FRESH);
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        // Still queued: leave the queue (the slot stays as a tombstone `release` skips).
        if (waiter.grant === null) return;
        waiter.grant = null;
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        grant: (grant) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(grant);
        },
      };
      this.#queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /**
   * Hands a connection back: to the oldest copy still waiting (open when `reusable`, else a new
   * one in its place), else to the pool (idle when `reusable`, else closed).
   */
  release(reusable: boolean): void {
    while (this.#head < this.#queue.length) {
      const waiter = this.#queue[this.#head] as Waiter;
      this.#head += 1;
      const grant = waiter.grant;
      if (grant === null) continue;
      waiter.grant = null;
      this.#compact();
      grant(reusable ? REUSED : FRESH);
      return;
    }
    this.#held -= 1;
    if (reusable) this.#idle += 1;
  }

  /** Drops the served part of the queue now and then, so a long run keeps no dead waiters. */
  #compact(): void {
    if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
      this.#queue.splice(0, this.#head);
      this.#head = 0;
    }
  }
}

const REUSED: Grant = { fresh: false };
const FRESH: Grant = { fresh: true };

/** How the virtual engine models the wire (connectionCap.ts `wireModelOf`). */
export interface WireModel {
  /** HTTP/1.1 connections to the upstream origin; null: no cap (HTTP/2, or none set). */
  readonly connections: number | null;
  /** What each copy reports in WirePhases.protocol. */
  readonly protocol: 'http/1.1' | 'h2';
  /** What opening a connection costs (DNS, TCP, TLS), in ms: the copy's `connectMs`. */
  readonly setupMs: number;
  /** HTTP/1.1 connections stay open after an answer (keep-alive); false: Connection: close. */
  readonly keepAlive: boolean;
}

/**
 * Puts a browser's connections to the upstream in front of `inner` and reports where each
 * copy's time went (WirePhases): `queuedMs` its wait for a connection (the browser's
 * "Queueing"/"Stalled"), `connectMs` the set-up of a new connection (0 when it reused one),
 * `waitingMs` the rest of its flight, `downloadMs` 0 (the virtual engine's answers arrive whole).
 *
 * - HTTP/1.1: a FIFO ConnectionPool of `connections`; with keep-alive an answered copy leaves its
 *   connection open for the next, with Connection: close every copy opens its own. A copy
 *   aborted while queued leaves the queue; one aborted in flight frees its connection at once
 *   (closed: a browser cannot reuse a connection mid-answer).
 * - HTTP/2: one connection for every copy, opened by the first: a copy sent before it is up
 *   waits for it (its `connectMs`), then every copy is on the wire at once.
 *
 * Failed and aborted copies report their phases through `report` (a rejected promise carries no
 * value). All of a scenario's services live on one upstream origin, so one pool serves the run.
 */
export function connectionPoolTransport(
  clock: Clock,
  model: WireModel,
  inner: Transport,
): Transport {
  const pool = new ConnectionPool(model.protocol === 'h2' ? null : model.connections);
  let h2UpAtMs: number | null = null;
  return async (call, signal, report) => {
    const sentAtMs = clock.now();
    let grantedAtMs = sentAtMs;
    let sendingAtMs = sentAtMs;
    const phases = (): WirePhases => {
      const nowMs = clock.now();
      const connectedAtMs = Math.min(sendingAtMs, nowMs);
      return {
        queuedMs: Math.min(grantedAtMs, nowMs) - sentAtMs,
        connectMs: Math.max(0, connectedAtMs - grantedAtMs),
        waitingMs: Math.max(0, nowMs - sendingAtMs),
        downloadMs: 0,
        protocol: model.protocol,
      };
    };
    let setupMs = 0;
    if (model.protocol === 'h2') {
      h2UpAtMs ??= sentAtMs + model.setupMs;
      setupMs = Math.max(0, h2UpAtMs - sentAtMs);
    } else {
      try {
        const grant = await pool.acquire(signal);
        grantedAtMs = clock.now();
        if (grant.fresh) setupMs = model.setupMs;
      } catch (error) {
        grantedAtMs = clock.now();
        sendingAtMs = grantedAtMs;
        report?.(phases());
        throw error;
      }
    }
    sendingAtMs = grantedAtMs + setupMs;
    let reusable = model.keepAlive;
    try {
      if (setupMs > 0) await clock.sleep(setupMs, signal, `connecting for ${call.service}`);
      await inner(call, signal);
    } catch (error) {
      // Aborted (set-up or answer cut short): that connection cannot carry another request.
      if (signal?.aborted === true) reusable = false;
      report?.(phases());
      throw error;
    } finally {
      if (model.protocol !== 'h2') pool.release(reusable);
    }
    return phases();
  };
}
