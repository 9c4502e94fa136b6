import type { Millis } from '../../core/clock.ts';
import { createChartThrottle, createFrameLoop } from './frameLoop.ts';
import type { FrameSource } from './frameSource.ts';
import { createSnapshotStore } from './snapshotStore.ts';

export interface RunSessionOptions<S extends object> {
  /** The snapshot before any run, and after a reset unless `resetTo` says otherwise. */
  readonly idle: S;
  /** What the run is called in the reasons its live calls are aborted with: 'run'... */
  readonly noun: string;
  /** The snapshot a failed run leaves, given why it failed (the error's message). */
  readonly failedTo: (reason: string, current: S) => S;
  /** The snapshot a reset leaves (default: `idle`); e.g. one that keeps the replay speed. */
  readonly resetTo?: (current: S) => S;
  /** The snapshot a live run stopped by `leave` leaves, given the note that says so. */
  readonly leftTo: (note: string, current: S) => S;
}

/**
 * Why a lab shows no live run after the person came back to it (RunSession.leave). The labs
 * share this page's main thread with the mocked services: another lab drawing while the run's
 * calls are answered would delay them, so the run's timings could not be trusted.
 */
export const LIVE_RUN_LEFT_NOTE =
  'The live run was stopped when you left this lab: drawing another lab on this page would ' +
  'have delayed the mocked services and skewed its timings. Press Run to measure it again.';

/**
 * Wall ms between two cursor moves while a live run is followed (20 a second; a replay moves
 * every frame). Each move re-renders the lab and redraws the timeline: about 5 ms of this main
 * thread, on which the mocked services answer. Moved every frame (16.7 ms), that is a third of
 * the thread, and a call's hold timer that falls due during a frame ends late: profiled in
 * Chromium (2 cores), it was most of the talk's live error (per-call median 2-30 ms, sequential
 * up to +17 %); not following at all took it to 0.35 ms and +2.6 % on the same loaded machine.
 * At 50 ms a due instant meets a frame about one time in ten, and the cursor still moves
 * smoothly enough to watch the bars grow (bench:live, src/live/calibrate.ts).
 */
export const LIVE_FOLLOW_INTERVAL_MS: Millis = 50;

/** How a known timeline plays: from `fromMs` to `endMs` at `rate` run ms per wall ms. */
export interface ReplayPlan {
  readonly fromMs: Millis;
  readonly endMs: Millis;
  readonly rate: number;
  /** Each frame before the end, with the cursor and the wall time. */
  readonly onFrame: (nowMs: Millis, wallMs: Millis) => void;
  /** Once, on the first frame at or past the end (no onFrame for it). */
  readonly onEnd: () => void;
  /** Checked after each onFrame (a listener may have paused); false stops asking for frames. */
  readonly keepGoing?: () => boolean;
}

/**
 * The life of a lab's runs, outside React: the snapshot store, the run token, the one frame
 * loop, the abort controller of live calls, the after-paint start, following a live run,
 * replaying a known one, failing and settling. Each lab's controller keeps only what is its own.
 * Invariants: each run has a token, and anything that arrives for an older token (a live event,
 * a late response, a finished simulation, a frame) is dropped; reset and fail (and leave, during a
 * live run) stop the frames and abort the live calls in flight, so nothing of an old run lands
 * in a new one.
 */
export interface RunSession<S extends object> {
  readonly getSnapshot: () => S;
  readonly subscribe: (listener: () => void) => () => void;
  /** Merges `next` into a new snapshot and tells the listeners. */
  readonly publish: (next: Partial<S>) => void;
  /** Stops the run in progress (frames, live calls) and publishes the reset snapshot. */
  readonly reset: () => void;
  /**
   * The lab was left (hidden behind another lab, or unmounted). A live run whose calls are in
   * flight stops as a reset would, and the snapshot says so (`leftTo`, LIVE_RUN_LEFT_NOTE); a
   * virtual run, already computed and only replaying, carries on, as does a finished run.
   */
  readonly leave: () => void;
  /** Resets, then opens a new run: returns its token (the chart throttle starts afresh). */
  readonly begin: () => number;
  readonly isCurrent: (runToken: number) => boolean;
  /** The current run's token (a replay started later, by play, belongs to it). */
  readonly token: () => number;
  /** Fails the run if it is still current: frames stop, live calls abort, the error shows. */
  readonly fail: (runToken: number, error: unknown) => void;
  /** Runs the run's async part; whatever it throws fails the run. */
  readonly launch: (runToken: number, task: () => Promise<void>) => void;
  /** A fresh signal for the run's live calls (reset and fail abort it). */
  readonly liveSignal: () => AbortSignal;
  /**
   * Resolves after two frames, true while the run is still current. The mocks answer on this
   * main thread: letting the timeline mount and paint first keeps a render out of the run (a
   * first render during a run made its first call 3-7 ms late).
   */
  readonly afterPaint: (runToken: number) => Promise<boolean>;
  /**
   * Follows a live run: `onFrame((wall - start) * rate, wall)` on the first frame, then on the
   * first frame at least LIVE_FOLLOW_INTERVAL_MS after the last call, while it is current.
   */
  readonly follow: (
    runToken: number,
    rate: number,
    onFrame: (nowMs: Millis, wallMs: Millis) => void,
    keepGoing?: () => boolean,
  ) => void;
  /** Replays a known timeline (see ReplayPlan), replacing any replay in progress. */
  readonly replay: (runToken: number, plan: ReplayPlan) => void;
  /** A known timeline is shown at once when it is empty or the person prefers reduced motion. */
  readonly atOnce: (endMs: Millis) => boolean;
  /** The run's live part ended: no frame left, and no live calls to abort any more. */
  readonly settle: () => void;
  /** Cancels the pending frame (a pause, a seek, a lane that ended). */
  readonly stopFrames: () => void;
  /** True at most every CHART_REFRESH_MS of wall time (Recharts re-renders are costly). */
  readonly chartDue: (wallMs: Millis) => boolean;
}

export function createRunSession<S extends object>(
  frames: FrameSource,
  options: RunSessionOptions<S>,
): RunSession<S> {
  const { noun, failedTo, leftTo } = options;
  const resetTo = options.resetTo ?? (() => options.idle);
  const store = createSnapshotStore<S>(options.idle);
  const { publish, getSnapshot } = store;
  const loop = createFrameLoop(frames);
  const charts = createChartThrottle();
  let token = 0;
  /** Non-null exactly while a live run's calls may be in flight (liveSignal until settle). */
  let abort: AbortController | null = null;

  const isCurrent = (runToken: number): boolean => runToken === token;

  const stopLive = (reason: string): void => {
    loop.stop();
    abort?.abort(new DOMException(reason, 'AbortError'));
    abort = null;
  };

  const reset = (): void => {
    token += 1;
    stopLive(`The ${noun} was reset.`);
    publish(resetTo(getSnapshot()));
  };

  const leave = (): void => {
    if (abort === null) return;
    token += 1;
    stopLive(`The ${noun} was stopped: its lab was left.`);
    publish(leftTo(LIVE_RUN_LEFT_NOTE, getSnapshot()));
  };

  const fail = (runToken: number, error: unknown): void => {
    if (!isCurrent(runToken)) return;
    stopLive(`The ${noun} failed.`);
    const reason = error instanceof Error ? error.message : String(error);
    publish(failedTo(reason, getSnapshot()));
  };

  return {
    getSnapshot,
    subscribe: store.subscribe,
    publish,
    reset,
    leave,
    begin: () => {
      reset();
      charts.reset();
      return token;
    },
    isCurrent,
    token: () => token,
    fail,
    launch: (runToken, task) => {
      task().catch((error: unknown) => fail(runToken, error));
    },
    liveSignal: () => {
      abort = new AbortController();
      return abort.signal;
    },
    afterPaint: async (runToken) => {
      await new Promise<void>((resolve) => frames.request(() => frames.request(() => resolve())));
      return isCurrent(runToken);
    },
    follow: (runToken, rate, onFrame, keepGoing = () => true) => {
      const startedWallMs = frames.now();
      let shownAtWallMs = -Infinity;
      const tick = (): void => {
        if (!isCurrent(runToken) || !keepGoing()) return;
        const wallMs = frames.now();
        if (wallMs - shownAtWallMs >= LIVE_FOLLOW_INTERVAL_MS) {
          shownAtWallMs = wallMs;
          onFrame((wallMs - startedWallMs) * rate, wallMs);
        }
        loop.next(tick);
      };
      loop.next(tick);
    },
    replay: (runToken, { fromMs, endMs, rate, onFrame, onEnd, keepGoing = () => true }) => {
      loop.stop();
      const startedWallMs = frames.now();
      const tick = (): void => {
        if (!isCurrent(runToken)) return;
        const wallMs = frames.now();
        const nowMs = fromMs + (wallMs - startedWallMs) * rate;
        if (nowMs >= endMs) {
          onEnd();
          return;
        }
        onFrame(nowMs, wallMs);
        // A listener may have paused, seeked or reset while being told about this frame.
        if (isCurrent(runToken) && keepGoing()) loop.next(tick);
      };
      loop.next(tick);
    },
    atOnce: (endMs) => endMs === 0 || frames.reducedMotion(),
    settle: () => {
      loop.stop();
      abort = null;
    },
    stopFrames: loop.stop,
    chartDue: charts.due,
  };
}
