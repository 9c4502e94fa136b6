import { MinHeap } from '../minHeap.ts';

/**
 * The server's workers: `processes x perProcess` slots handed out FIFO, each acquire resolving
 * with the id of the worker it got. Worker ids are process-major (process p owns ids
 * p*perProcess .. (p+1)*perProcess - 1), so a timeline can group lanes by process.
 *
 * Invariants: a worker is held by at most one holder at a time; waiters are served strictly in
 * arrival order, and a released worker goes straight to the oldest waiter (no barging), like
 * Semaphore. Which free worker a request gets never changes any time (workers are identical);
 * the pool picks the lowest free *rank*, and ranks alternate between processes (rank r is worker
 * r / P of process r % P), so load spreads over processes as it does when uWSGI's processes race
 * to accept, and lanes stay compact. Ranks never used yet are not stored, so a pool of ten
 * million greenlets costs nothing until they are used.
 */
export class SlotPool {
  readonly #processes: number;
  readonly #perProcess: number;
  readonly #size: number;
  /** Ranks below this have been handed out at least once; ranks at or above it are all free. */
  #nextFreshRank = 0;
  /** Released ranks below #nextFreshRank that are free again. */
  readonly #freeRanks = new MinHeap<number>((a, b) => a < b);
  readonly #waiters: Array<(worker: number) => void> = [];
  #head = 0;

  constructor(processes: number, perProcess: number) {
    for (const [name, value] of [
      ['processes', processes],
      ['perProcess', perProcess],
    ] as const) {
      if (!Number.isInteger(value) || value < 1) {
        throw new RangeError(`SlotPool needs a whole number of ${name} >= 1, got ${value}`);
      }
    }
    this.#processes = processes;
    this.#perProcess = perProcess;
    this.#size = processes * perProcess;
  }

  /** The process that owns `worker`. */
  processOf(worker: number): number {
    return Math.floor(worker / this.#perProcess);
  }

  /** Resolves with a worker id once the caller holds that worker. */
  acquire(): Promise<number> {
    if (this.#freeRanks.size > 0) {
      return Promise.resolve(this.#workerOf(this.#freeRanks.pop() as number));
    }
    if (this.#nextFreshRank < this.#size) {
      const rank = this.#nextFreshRank;
      this.#nextFreshRank += 1;
      return Promise.resolve(this.#workerOf(rank));
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Returns `worker`, handing it to the oldest waiter if there is one. */
  release(worker: number): void {
    if (this.#head < this.#waiters.length) {
      const next = this.#waiters[this.#head] as (worker: number) => void;
      this.#head += 1;
      // Compact now and then so a long run does not keep every resolved waiter alive.
      if (this.#head > 1024 && this.#head * 2 > this.#waiters.length) {
        this.#waiters.splice(0, this.#head);
        this.#head = 0;
      }
      next(worker);
      return;
    }
    this.#freeRanks.push(this.#rankOf(worker));
  }

  #workerOf(rank: number): number {
    const process = rank % this.#processes;
    return process * this.#perProcess + Math.floor(rank / this.#processes);
  }

  #rankOf(worker: number): number {
    return (worker % this.#perProcess) * this.#processes + this.processOf(worker);
  }
}
