import type { FrameSource } from './frameSource.ts';

/** A hand-cranked frame source for tests: `advance(ms)` moves wall time and runs due frames. */
export function createFakeFrames(reducedMotion = false): FrameSource & {
  advance(ms: number): void;
  pending(): number;
} {
  let nowMs = 0;
  let nextHandle = 1;
  let callbacks = new Map<number, () => void>();
  return {
    now: () => nowMs,
    request: (callback) => {
      const handle = nextHandle++;
      callbacks.set(handle, callback);
      return handle;
    },
    cancel: (handle) => {
      callbacks.delete(handle);
    },
    reducedMotion: () => reducedMotion,
    advance: (ms) => {
      nowMs += ms;
      const due = callbacks;
      callbacks = new Map();
      for (const callback of due.values()) callback();
    },
    pending: () => callbacks.size,
  };
}
