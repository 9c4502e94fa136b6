import { performance } from 'node:perf_hooks';

/**
 * The last stretch of a wait, polled with setImmediate instead of a timer. Node arms timers
 * from the event loop's cached millisecond clock and whole ms: a bare setTimeout fires up to
 * ~1 ms early or late against `performance.now()`, and a re-armed sub-ms remainder becomes a
 * whole 1 ms timer. Every call on the critical path of a run paid that (the talk's four calls
 * one after another, four times). Polling the tail costs at most this much CPU per wait, spread
 * over event-loop turns that serve other sockets in between.
 */
export const TIMER_TAIL_MS = 2;

/** One wait's current handle: a timer, then the immediates that poll its tail. */
interface Wait {
  handle:
    { kind: 'timer'; timer: NodeJS.Timeout } | { kind: 'poll'; immediate: NodeJS.Immediate } | null;
}

/**
 * The upstream's waits, each one the server can name, count and clear: a client that gives up
 * cancels its copy's wait at once, and a stopping server clears every wait left, so no answer is
 * ever written after a stop and nothing keeps the process alive.
 *
 * Invariant: a wait never ends before its delay by `performance.now()`, and ends within about
 * 0.1 ms after it when the event loop is free (TIMER_TAIL_MS); the latency is the contract.
 */
export class PendingTimers {
  readonly #waits = new Set<Wait>();

  /** Waits neither due nor cancelled. */
  get size(): number {
    return this.#waits.size;
  }

  /** Calls `onDue` once `delayMs` has passed, unless the returned cancel is called first. */
  wait(delayMs: number, onDue: () => void): () => void {
    const deadlineMs = performance.now() + delayMs;
    const finish = () => {
      this.#waits.delete(wait);
      onDue();
    };
    const poll = () => {
      if (performance.now() >= deadlineMs) return finish();
      wait.handle = { kind: 'poll', immediate: setImmediate(poll) };
    };
    // Never calls onDue synchronously: even a 0 ms wait ends in a later turn of the loop.
    const arm = () => {
      const leftMs = deadlineMs - performance.now();
      wait.handle =
        leftMs <= TIMER_TAIL_MS
          ? { kind: 'poll', immediate: setImmediate(poll) }
          : { kind: 'timer', timer: setTimeout(arm, Math.floor(leftMs - TIMER_TAIL_MS)) };
    };
    const wait: Wait = { handle: null };
    this.#waits.add(wait);
    arm();
    return () => {
      if (this.#waits.delete(wait)) cancelHandle(wait);
    };
  }

  /** Clears every pending wait (their `onDue` never runs); returns how many there were. */
  clearAll(): number {
    const cleared = this.#waits.size;
    for (const wait of this.#waits) cancelHandle(wait);
    this.#waits.clear();
    return cleared;
  }
}

function cancelHandle(wait: Wait): void {
  if (wait.handle?.kind === 'timer') clearTimeout(wait.handle.timer);
  else if (wait.handle?.kind === 'poll') clearImmediate(wait.handle.immediate);
}
