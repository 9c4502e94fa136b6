import type { Millis } from '../../core/clock.ts';

/**
 * The period of the plain timers that watch the thread, in ms: short, so that a stall anywhere in
 * the watched stretch delays one of them; long enough (200 timers a second) to cost the code
 * under test nothing measurable.
 */
export const WATCH_TICK_MS = 5;

/**
 * What one mocked hop (a fetch through msw/node, its handler's timer, the answer read back) may
 * take past its due time beyond the watched lateness, in ms: its own work on the thread. Measured
 * on the 2-core machines, 40 and 120 ms calls, idle and beside three CPU burners: at most 4.6 ms
 * in 180 calls. A live test allows this per hop on the path it times, on top of the lateness.
 */
export const HOP_SLACK_MS = 5;

/**
 * What a real clock's sleep (a plain timer, then its sub-ms tail: realClock.ts) may end past its
 * due time on a thread that no timer saw late, in ms: Node rounds timers to whole ms.
 */
export const TIMER_SLACK_MS = 2;

export interface TimerLateness {
  /**
   * Stops watching (clears its timer) and says how late the watching timers were, added up,
   * counting a tick still pending past its due time (a stall right at the end), plus one tick:
   * a stall is seen only from the moment the tick it delays was due, up to a tick after it
   * began. In ms, >= WATCH_TICK_MS; the same on every later call.
   */
  stop(): Millis;
}

/**
 * A same-moment baseline for a live test's times (test helper): a chain of plain `setTimeout`s
 * running beside the code under test, adding up how late each fired. That sum is the time this
 * process could not run a timer on time during the stretch (the machine was busy, the thread was
 * descheduled, the code under test itself held the thread), so a live time is compared with its
 * due time plus this lateness plus HOP_SLACK_MS per hop, never with a fixed window: a loaded
 * machine widens the allowance exactly as much as it delays plain timers.
 *
 * Why a chain and not one plain timer of the same length: a single timer only sees the stalls
 * before its due moment, while the code under test is also delayed by stalls after it (reading
 * the answer, settling promises). Measured beside three CPU burners, a mocked call came back up
 * to 50 ms later than a plain timer of its length started with it, but never more than 4.6 ms
 * later than the chain's added-up lateness.
 */
export function watchTimerLateness(): TimerLateness {
  let lateMs: Millis = 0;
  let dueMs: Millis = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watching = true;
  const tick = () => {
    dueMs = performance.now() + WATCH_TICK_MS;
    timer = setTimeout(() => {
      lateMs += Math.max(0, performance.now() - dueMs);
      tick();
    }, WATCH_TICK_MS);
    // A watch left running by a failed test must not keep the test process alive.
    timer.unref?.();
  };
  tick();
  return {
    stop() {
      if (watching) {
        clearTimeout(timer);
        lateMs += Math.max(0, performance.now() - dueMs) + WATCH_TICK_MS;
        watching = false;
      }
      return lateMs;
    },
  };
}
