import type { Millis } from '../core/clock.ts';
import type { RunReliability } from '../core/liveTypes.ts';

/**
 * How often the lag ticker asks for the main thread, in ms. Often enough to catch a 50 ms stall
 * twice over; rare enough (40 timers a second) to cost the run nothing measurable.
 */
export const LAG_TICK_MS = 25;

/**
 * Above this main-thread lag a run is called saturated. 50 ms is the browsers' own line for a
 * "long task" (the Long Tasks API, RAIL): MSW answers mocked calls on the main thread, so a
 * response due during such a stall waits for it, and one stall already moves a call's end by 4%
 * of the talk's longest (1250 ms) run. Below it, lateness is within the calibration's spread.
 */
export const SATURATED_LAG_MS = 50;

export interface RunMonitorOptions {
  /**
   * An element whose visibility matters (the lab's root): a run during which it is off screen is
   * flagged, since browsers throttle timers in off-screen frames. `null` or absent: not watched.
   */
  readonly observeElement?: Element | null;
}

export interface RunMonitor {
  /** Starts watching. Call once, at the run's start. */
  start(): void;
  /** Stops watching (removes every timer and listener) and says how far to trust the run. */
  stop(): RunReliability;
}

/**
 * Watches what makes a live run's timings untrustworthy: main-thread lag (a ticker that records
 * how late each of its timers fired), a hidden page (`visibilityState` and `visibilitychange`),
 * and an off-screen lab (IntersectionObserver). Works without a DOM (Node): nothing is hidden.
 */
export function createRunMonitor(options: RunMonitorOptions = {}): RunMonitor {
  const doc = typeof document === 'undefined' ? null : document;
  let pageHidden = false;
  let offScreen = false;
  let maxLagMs: Millis = 0;
  let nextDueMs: Millis = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: IntersectionObserver | null = null;
  let running = false;

  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') pageHidden = true;
  };
  const onIntersection = (entries: readonly IntersectionObserverEntry[]) => {
    if (entries.some((entry) => !entry.isIntersecting)) offScreen = true;
  };
  // A chain of timeouts rather than setInterval: each tick's lateness is measured against its
  // own due time, and a stalled thread yields one long lag, not a burst of queued ticks.
  const tick = () => {
    nextDueMs = performance.now() + LAG_TICK_MS;
    timer = setTimeout(() => {
      maxLagMs = Math.max(maxLagMs, performance.now() - nextDueMs);
      tick();
    }, LAG_TICK_MS);
  };

  return {
    start() {
      if (running) throw new Error('This run monitor is already running: make one per run.');
      running = true;
      onVisibility();
      doc?.addEventListener('visibilitychange', onVisibility);
      const element = options.observeElement;
      if (element && typeof IntersectionObserver !== 'undefined') {
        observer = new IntersectionObserver(onIntersection);
        observer.observe(element);
      }
      tick();
    },
    stop() {
      clearTimeout(timer);
      // A tick still pending past its due time means the thread is busy right now (a stall at
      // the run's very end, after the last tick).
      if (running) maxLagMs = Math.max(maxLagMs, performance.now() - nextDueMs);
      doc?.removeEventListener('visibilitychange', onVisibility);
      if (observer) {
        // Entries queued but not yet delivered still describe the run.
        onIntersection(observer.takeRecords());
        observer.disconnect();
        observer = null;
      }
      onVisibility();
      running = false;
      return reliabilityOf(pageHidden, offScreen, maxLagMs);
    },
  };
}

/** The verdict and its sentences, one per reason. */
export function reliabilityOf(
  pageHidden: boolean,
  offScreen: boolean,
  maxEventLoopLagMs: Millis,
): RunReliability {
  const saturated = maxEventLoopLagMs > SATURATED_LAG_MS;
  const notes: string[] = [];
  if (pageHidden) {
    notes.push(
      'The page was hidden during the run: browsers throttle timers in hidden tabs, so these ' +
        'timings are unreliable.',
    );
  }
  if (offScreen) {
    notes.push(
      'The lab was off screen during the run: browsers may throttle timers in off-screen ' +
        'frames, so these timings are unreliable.',
    );
  }
  if (saturated) {
    notes.push(
      `The main thread was late by up to ${Math.round(maxEventLoopLagMs)} ms (more than ` +
        `${SATURATED_LAG_MS} ms): the mocked services answer on the main thread, so calls may ` +
        'have ended that much later than their latency. Try fewer calls or a slower time scale.',
    );
  }
  return { hidden: pageHidden || offScreen, maxEventLoopLagMs, saturated, notes };
}
