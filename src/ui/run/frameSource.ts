/**
 * Where the run controller gets frames and wall time from: the browser's requestAnimationFrame
 * and performance.now() in the app, a hand-cranked fake in tests.
 */
export interface FrameSource {
  /** Wall time in ms (monotonic). */
  now(): number;
  /** Calls `callback` before the next paint; returns a handle for `cancel`. */
  request(callback: () => void): number;
  cancel(handle: number): void;
  /** The person asked for reduced motion: runs appear at once instead of animating. */
  reducedMotion(): boolean;
}

export const browserFrameSource: FrameSource = {
  now: () => performance.now(),
  request: (callback) => requestAnimationFrame(() => callback()),
  cancel: (handle) => cancelAnimationFrame(handle),
  reducedMotion: () =>
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
};
