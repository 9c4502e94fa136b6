import { captureSettlers, lastResolve } from './capturedSettlers.ts';
import { dropConsumed } from './dropConsumed.ts';
import type { Admission } from './modelContext.ts';

/**
 * A FIFO counting semaphore (the pool of a worker pool, p-limit, a server's workers).
 * Invariant: at most `permits` holders at once; waiters are served strictly in arrival order,
 * and a released permit goes straight to the oldest waiter (no barging), so the order in which
 * calls start is the order in which they asked.
 */
export class Semaphore implements Admission {
  #free: number;
  readonly #waiters: Array<() => void> = [];
  #head = 0;

  constructor(permits: number) {
    if (!Number.isInteger(permits) || permits < 1) {
      throw new RangeError(`Semaphore needs a whole number of permits >= 1, got ${permits}`);
    }
    this.#free = permits;
  }

  /** Resolves once the caller holds a permit. */
  acquire(): Promise<void> {
    if (this.#free > 0) {
      this.#free -= 1;
      return Promise.resolve();
    }
    // No closure per queued call (capturedSettlers.ts): a pool queues every call up front.
    const granted = new Promise<void>(captureSettlers);
    this.#waiters.push(lastResolve(granted));
    return granted;
  }

  /** Returns a permit, handing it to the oldest waiter if there is one. */
  release(): void {
    if (this.#head < this.#waiters.length) {
      const next = this.#waiters[this.#head] as () => void;
      this.#head = dropConsumed(this.#waiters, this.#head + 1);
      next();
      return;
    }
    this.#free += 1;
  }

  /**
   * A call's admission is a permit (modelContext.ts `Admission`): a retry that gives its slot back
   * during its backoff (retrySlot: release) queues for one again at the back, like any acquire.
   */
  enter(): Promise<void> {
    return this.acquire();
  }

  /** Gives a call's permit back: the same as `release`. */
  leave(): void {
    this.release();
  }
}
