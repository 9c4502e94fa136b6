import { performance } from 'node:perf_hooks';

/**
 * The upstream's waits, each a timer the server can name, count and clear: a client that gives
 * up cancels its copy's timer at once, and a stopping server clears every timer left, so no
 * answer is ever written after a stop and nothing keeps the process alive.
 *
 * Invariant: a wait never ends before its delay by `performance.now()`. Node arms timers from
 * the event loop's cached millisecond clock, so a bare setTimeout can fire up to ~1 ms early
 * against the real time; a wait that wakes early sleeps the rest (the latency is the contract).
 */
export class PendingTimers {
  readonly #timers = new Set<NodeJS.Timeout>();

  /** Timers armed and neither due nor cancelled. */
  get size(): number {
    return this.#timers.size;
  }

  /** Calls `onDue` once `delayMs` has passed, unless the returned cancel is called first. */
  wait(delayMs: number, onDue: () => void): () => void {
    const deadlineMs = performance.now() + delayMs;
    let timer: NodeJS.Timeout | undefined;
    const arm = (remainingMs: number) => {
      timer = setTimeout(() => {
        if (timer !== undefined) this.#timers.delete(timer);
        const leftMs = deadlineMs - performance.now();
        if (leftMs > 0) arm(leftMs);
        else onDue();
      }, remainingMs);
      this.#timers.add(timer);
    };
    arm(delayMs);
    return () => {
      if (timer === undefined || !this.#timers.delete(timer)) return;
      clearTimeout(timer);
    };
  }

  /** Clears every pending timer (their `onDue` never runs); returns how many there were. */
  clearAll(): number {
    const cleared = this.#timers.size;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    return cleared;
  }
}
