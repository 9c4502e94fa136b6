import type { Page } from '@playwright/test';

/**
 * What a mocked hop of a live run may take past its due time beyond the watched lateness, in ms:
 * the spread between the probe calls and the run's own calls sent at about the same moments.
 */
export const PAGE_HOP_SLACK_MS = 10;

/** How late the page was while a live run went, measured beside it (see watchPageLateness). */
export interface PageLateness {
  /**
   * The latest a plain 5 ms timer in the page fired past its due time, plus one tick (a stall is
   * seen only from when the tick it delays was due), in ms: the longest the main thread, which
   * answers the mocked calls, was held.
   */
  readonly timerLateMs: number;
  /**
   * The longest a plain mocked call sent beside the run took past the latency it asked for, in
   * ms: one hop through the service worker and the page's handlers, uncompensated, on this
   * machine at this moment (at least the mocks' calibrated overhead).
   */
  readonly hopLateMs: number;
  /** The median of those probe calls' times past their latency: a typical hop right now, in ms. */
  readonly hopMedianMs: number;
  /** How many probe calls ended while the run went (the maximum and median are over these). */
  readonly probes: number;
  /** How long the watch ran, in ms. */
  readonly watchedMs: number;
}

/** A watch started in the page; `stop` waits until it has stopped and says what it saw. */
export interface PageLatenessWatch {
  stop(): Promise<PageLateness>;
}

/** The latency each probe call asks for: about 17 calls a second, a small share of a run. */
const PROBE_MS = 50;
const TICK_MS = 5;

interface WatchState {
  timerLateMs: number;
  hopsLateMs: number[];
  startedAtMs: number;
  stoppedAtMs: number | null;
  timer: number;
  dueMs: number;
  stop: () => void;
  probing: Promise<void>;
}

/**
 * A same-moment baseline for a live run's times in the browser, as src/live/testing/
 * timerLateness.ts is in Node: a chain of plain timers in the page records its longest stall,
 * and plain mocked calls sent one after another beside the run (`/upstream/probe`, answered by
 * the same worker and handlers) record how long a hop takes right now. A live time is then compared with its due time plus
 * `allowedLateMs`, never with a fixed window: a loaded machine (or a slow service worker, which
 * the page's timers cannot see) widens the allowance exactly as much as it slows plain calls.
 *
 * The watch stops itself the moment the lab's run status turns `done` (when `untilRunDone`), so
 * that the rendering after the run, which no live time goes through, is not counted: only probe
 * calls that ended by then count. Start it once the worker controls the page and says it is
 * ready (the probes need it), just before starting the run.
 */
export async function watchPageLateness(
  page: Page,
  { untilRunDone = true }: { untilRunDone?: boolean } = {},
): Promise<PageLatenessWatch> {
  await page.evaluate(
    ({ tickMs, probeMs, stopWhenDone }) => {
      const state: WatchState = {
        timerLateMs: 0,
        hopsLateMs: [],
        startedAtMs: performance.now(),
        stoppedAtMs: null,
        timer: 0,
        dueMs: 0,
        stop: () => {},
        probing: Promise.resolve(),
      };
      const tick = () => {
        state.dueMs = performance.now() + tickMs;
        state.timer = window.setTimeout(() => {
          state.timerLateMs = Math.max(state.timerLateMs, performance.now() - state.dueMs);
          tick();
        }, tickMs);
      };
      tick();
      const status = document.querySelector('[data-testid="run-status"]');
      const observer = new MutationObserver(() => {
        if (status?.textContent === 'done') state.stop();
      });
      state.stop = () => {
        if (state.stoppedAtMs !== null) return;
        state.stoppedAtMs = performance.now();
        window.clearTimeout(state.timer);
        state.timerLateMs = Math.max(state.timerLateMs, state.stoppedAtMs - state.dueMs) + tickMs;
        observer.disconnect();
      };
      if (stopWhenDone && status) {
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      }
      const probe = async () => {
        while (state.stoppedAtMs === null) {
          const fromMs = performance.now();
          const response = await fetch(`/upstream/probe?ms=${probeMs}&run=lateness-probe`);
          await response.text();
          const toMs = performance.now();
          // A call that ended after the run is over saw the rendering that follows it.
          if (
            state.stoppedAtMs !== null &&
            toMs > state.stoppedAtMs &&
            state.hopsLateMs.length > 0
          ) {
            break;
          }
          state.hopsLateMs.push(toMs - fromMs - probeMs);
        }
      };
      state.probing = probe();
      (window as unknown as { overlapLatenessWatch: WatchState }).overlapLatenessWatch = state;
    },
    { tickMs: TICK_MS, probeMs: PROBE_MS, stopWhenDone: untilRunDone },
  );
  return {
    stop: () =>
      page.evaluate(async () => {
        const state = (window as unknown as { overlapLatenessWatch: WatchState })
          .overlapLatenessWatch;
        state.stop();
        // No call left in flight: a page navigated away from would fail it.
        await state.probing;
        const hops = [...state.hopsLateMs].sort((a, b) => a - b);
        return {
          timerLateMs: state.timerLateMs,
          hopLateMs: hops.at(-1) ?? 0,
          hopMedianMs: hops[Math.floor(hops.length / 2)] ?? 0,
          probes: hops.length,
          watchedMs: (state.stoppedAtMs ?? performance.now()) - state.startedAtMs,
        };
      }),
  };
}

/**
 * How much later than its due time a live instant may land, in the run's ms: the worst the page
 * saw once (its longest main-thread stall and its slowest probe hop, which the chain may meet
 * where the probes met them only in part), plus, for each mocked hop on the chain that leads to
 * it, a typical hop right now (the probes' median) and PAGE_HOP_SLACK_MS. `timeScale` (Server
 * lab) turns wall ms into experiment ms.
 */
export function allowedLateMs(lateness: PageLateness, hops: number, timeScale = 1): number {
  const worstOnceMs = lateness.timerLateMs + lateness.hopLateMs;
  return timeScale * (worstOnceMs + hops * (lateness.hopMedianMs + PAGE_HOP_SLACK_MS));
}
