/**
 * A minimal AbortController for the virtual engine's own timers: what VirtualClock.sleep and the
 * policy code read of a signal (aborted, reason, abort listeners), without an EventTarget.
 * Node's AbortController costs about 10 µs and a lot of garbage each; a virtual run with
 * timeouts makes one per copy sent. Never hand it to fetch(): live runs use the real one.
 */
export class LightAbortController {
  readonly #signal = new LightAbortSignal();

  /**
   * Typed as AbortSignal for the Clock and Transport signatures. Invariant: only code that reads
   * `aborted`, `reason` and adds or removes 'abort' listeners may get it (VirtualClock.sleep and
   * the sleeping transport); simulateFanOut is the one place that hands these out.
   */
  get signal(): AbortSignal {
    return this.#signal as unknown as AbortSignal;
  }

  abort(reason?: unknown): void {
    this.#signal.fire(reason);
  }
}

/** Makes the controller of each copy of a call: the real one, or the virtual engine's light one. */
export type CreateAbortController = () => Pick<AbortController, 'signal' | 'abort'>;

export class LightAbortSignal {
  aborted = false;
  reason: unknown = undefined;
  #listeners: Array<() => void> | null = null;

  addEventListener(_type: 'abort', listener: () => void): void {
    (this.#listeners ??= []).push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const listeners = this.#listeners;
    if (listeners === null) return;
    const at = listeners.indexOf(listener);
    if (at !== -1) listeners.splice(at, 1);
  }

  fire(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.#listeners;
    this.#listeners = null;
    if (listeners) for (const listener of listeners) listener();
  }
}
