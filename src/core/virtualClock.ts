import { callLabel } from './callLabel.ts';
import { captureSettlers, lastReject, lastResolve } from './capturedSettlers.ts';
import type { Clock, Millis, SleepLabel } from './clock.ts';
import { createHostTicker } from './hostYield.ts';
import { MinHeap } from './minHeap.ts';

interface Timer {
  readonly dueMs: Millis;
  /** Creation order: the tie-break between timers due at the same instant. */
  readonly seq: number;
  readonly label: SleepLabel;
  resolve: (() => void) | null;
}

/** The options of a sleep's abort listener: one object for every sleep, not one per sleep. */
const ONCE = Object.freeze({ once: true });

/** The default limit on timers one virtual run may fire before it is called a runaway. */
export const DEFAULT_MAX_VIRTUAL_STEPS = 20_000_000;

/**
 * A deterministic clock. Time moves only when the driver (`runOnVirtualClock`) fires the next
 * timers. Invariant: timers fire in order of due time, then creation order, and every timer due
 * at one instant fires before the clock moves on.
 */
export class VirtualClock implements Clock {
  #nowMs = 0;
  #seq = 0;
  #lastFiredLabel: SleepLabel = '';
  readonly #timers = new MinHeap<Timer>(
    (a, b) => a.dueMs < b.dueMs || (a.dueMs === b.dueMs && a.seq < b.seq),
  );

  now(): Millis {
    return this.#nowMs;
  }

  sleep(ms: Millis, signal?: AbortSignal, label: SleepLabel = 'sleep'): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    // No closure per sleep (capturedSettlers.ts): a plain run sleeps once per call.
    const slept = new Promise<void>(captureSettlers);
    const reject = lastReject(slept);
    const timer: Timer = {
      dueMs: this.#nowMs + Math.max(0, ms),
      seq: this.#seq++,
      label,
      resolve: lastResolve(slept),
    };
    this.#timers.push(timer);
    // Most sleeps of a plain run have no signal, and so no listener.
    signal?.addEventListener(
      'abort',
      () => {
        // A cancelled timer stays in the heap but fires nothing.
        timer.resolve = null;
        reject(signal.reason);
      },
      ONCE,
    );
    return slept;
  }

  /**
   * Resolves at the instant `atMs` exactly (now, if that has passed). Unlike
   * sleep(atMs - now()), no float subtraction and re-addition can land a ulp off the instant:
   * an open-loop request due at t is sent at exactly t.
   */
  sleepUntil(atMs: Millis, label = 'sleep'): Promise<void> {
    return new Promise((resolve) => {
      this.#timers.push({ dueMs: Math.max(this.#nowMs, atMs), seq: this.#seq++, label, resolve });
    });
  }

  /** The label of the last timer `fireNext` fired (names a runaway loop in the driver's error). */
  get lastFiredLabel(): string {
    const label = this.#lastFiredLabel;
    return typeof label === 'string' ? label : callLabel(label);
  }

  /**
   * Moves the clock to the next due instant and fires every timer due then (in creation order).
   * Returns how many fired (0 when nothing was scheduled). This is the engine's hot loop: it
   * allocates nothing per instant.
   */
  fireNext(): number {
    this.#dropCancelled();
    const first = this.#timers.peek();
    if (!first) return 0;
    this.#nowMs = first.dueMs;
    let fired = 0;
    while (this.#timers.peek()?.dueMs === this.#nowMs) {
      const timer = this.#timers.pop() as Timer;
      if (!timer.resolve) continue;
      fired += 1;
      this.#lastFiredLabel = timer.label;
      timer.resolve();
    }
    return fired;
  }

  #dropCancelled(): void {
    while (this.#timers.size > 0 && this.#timers.peek()?.resolve === null) this.#timers.pop();
  }
}

export interface VirtualRunOptions {
  /** The most timers the run may fire; past it the run fails naming the runaway timer. */
  readonly maxSteps?: number;
}

/**
 * Runs `task` to completion on `clock`, instantly. After each instant's timers fire, the driver
 * waits until the microtask queue is empty (the host's ticker: a macrotask, or in Node a tick
 * asked for after them, hostYield.ts), so every continuation they woke runs (and schedules its
 * next timers) before time moves on: this is what makes the virtual timeline exact and
 * deterministic.
 *
 * The driver is a callback on that ticker rather than an async loop: it runs once per instant
 * (a million-call run has about a million), so it allocates nothing per tick.
 */
export function runOnVirtualClock<T>(
  clock: VirtualClock,
  task: () => Promise<T>,
  options: VirtualRunOptions = {},
): Promise<T> {
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_VIRTUAL_STEPS;
  return new Promise<T>((resolve, reject) => {
    // Written by the task's callbacks between two ticks.
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
    let steps = 0;
    const stop = (error: unknown): void => {
      ticker.close();
      reject(error);
    };
    const step = (): void => {
      if (outcome !== null) {
        ticker.close();
        if (outcome.ok) resolve(outcome.value);
        else reject(outcome.error);
        return;
      }
      const fired = clock.fireNext();
      if (fired === 0) {
        stop(
          new Error(
            `The virtual run is stuck at t = ${clock.now()} ms: the model is waiting, but no ` +
              'timer is pending (a promise that never settles?). Check that every call is sent ' +
              'and awaited.',
          ),
        );
        return;
      }
      steps += fired;
      if (steps > maxSteps) {
        stop(
          new Error(
            `The virtual run fired more than ${maxSteps} timers and looks like a runaway loop: ` +
              `the last was "${clock.lastFiredLabel}" at t = ${clock.now()} ms. ` +
              'Raise maxSteps if the scenario really is that large.',
          ),
        );
        return;
      }
      ticker.tick();
    };
    const ticker = createHostTicker(step);
    let started: Promise<T>;
    try {
      started = task();
    } catch (error) {
      stop(error);
      return;
    }
    started.then(
      (value) => {
        outcome = { ok: true, value };
      },
      (error: unknown) => {
        outcome = { ok: false, error };
      },
    );
    ticker.tick();
  });
}
