import { pageCapacityOf } from '../../../../core/live/pageCapacityOf.ts';
import type { TalkPresetName } from '../../../../core/server/talkPresetNames.ts';
import { presetScenario } from '../../../../core/server/talkPresets.ts';
import { serverRunInputOf } from '../../../../core/server/serverRunInput.ts';
import type { LiveServerPort } from '../../../liveServerPort.ts';
import { browserFrameSource, type FrameSource } from '../../../run/frameSource.ts';
import { createRunSession } from '../../../run/runSession.ts';
import type { SessionController } from '../../../run/sessionController.ts';
import { ASSUMED_CAPACITY, type PageCapacity } from '../../../../core/live/liveTimeScale.ts';
import { planServerLive } from '../../../../core/live/planServerLive.ts';
import { simulateServer } from '../../../../core/server/simulateServer.ts';

/** Where one row's live run stands. Times are experiment ms (scaled back from wall time). */
export type TalkLiveState =
  | {
      readonly status: 'running';
      readonly completed: number;
      readonly total: number;
      readonly timeScale: number;
    }
  | {
      readonly status: 'done';
      readonly makespanMs: number;
      readonly timeScale: number;
      /** Why the timings may not be trusted (a hidden tab, a saturated page); often empty. */
      readonly notes: readonly string[];
    }
  | { readonly status: 'failed'; readonly error: string };

export interface TalkLiveRuns extends SessionController<
  ReadonlyMap<TalkPresetName, TalkLiveState>,
  LiveServerPort
> {
  /**
   * Runs the preset live at the time scale the planner picks for it (about 5 s of wall time for
   * a long row, slower than real time for a burst the page cannot serve at once); stops any
   * other first.
   */
  readonly run: (name: TalkPresetName) => void;
  /** Stops the run in progress; its row forgets it (the others keep theirs). */
  readonly stop: () => void;
  readonly isRunning: () => boolean;
}

/** What a row whose live run was stopped by leaving the lab says (see RunSession.leave). */
export const TALK_ROW_LEFT_NOTE = 'Stopped when you left this lab: run it again.';

/** The rows, one entry per row that ran live; the session's snapshot. */
interface TalkRows {
  readonly rows: ReadonlyMap<TalkPresetName, TalkLiveState>;
}

/** `rows` with `name`'s entry set (or deleted, for null); the same map when `name` is null. */
function withRow(
  rows: TalkRows['rows'],
  name: TalkPresetName | null,
  state: TalkLiveState | null,
): TalkRows {
  if (name === null) return { rows };
  const next = new Map(rows);
  if (state === null) next.delete(name);
  else next.set(name, state);
  return { rows: next };
}

/**
 * The Talk view's "Run live" buttons on a run session (run/runSession.ts). One live run at a
 * time (they share this page's main thread with the mocks): a stopped run's late events and
 * result never land, and a failed one aborts its calls in flight. Rows keep their last result
 * until run again. The session's frames are never asked for: rows show counts, not a cursor.
 */
export function createTalkLiveRuns(
  initialPort: LiveServerPort | null = null,
  frames: FrameSource = browserFrameSource,
): TalkLiveRuns {
  let port = initialPort;
  /** What the page measured of itself at the last live run; the assumed figures before. */
  let capacity: PageCapacity = ASSUMED_CAPACITY;
  /** The row whose run is in progress (a reset forgets it, a failure marks it failed). */
  let running: TalkPresetName | null = null;
  const session = createRunSession<TalkRows>(frames, {
    idle: { rows: new Map() },
    noun: 'live run',
    resetTo: ({ rows }) => withRow(rows, running, null),
    failedTo: (error, { rows }) => withRow(rows, running, { status: 'failed', error }),
    // A table cell: the short form of LIVE_RUN_LEFT_NOTE.
    leftTo: (_note, { rows }) =>
      withRow(rows, running, { status: 'failed', error: TALK_ROW_LEFT_NOTE }),
  });
  const { publish } = session;
  const rowsNow = (): TalkRows['rows'] => session.getSnapshot().rows;

  const stop = (): void => {
    session.reset();
    running = null;
  };

  const run = (name: TalkPresetName): void => {
    const runToken = session.begin();
    running = name;
    if (port === null) {
      session.fail(runToken, new Error('live server runs are unavailable here'));
      running = null;
      return;
    }
    const input = serverRunInputOf(presetScenario(name));
    const livePort = port;
    const signal = session.liveSignal();
    const total = input.server.requests;
    const go = async () => {
      // The scale from the row's virtual run (instant), planned with what the page measured of
      // itself at its last live run.
      const plan = planServerLive(await simulateServer(input), capacity);
      signal.throwIfAborted();
      const { timeScale } = plan;
      let completed = 0;
      publish(withRow(rowsNow(), name, { status: 'running', completed, total, timeScale }));
      return livePort.run(input, {
        signal,
        timeScale,
        compensate: true,
        onEvent: (event) => {
          if (!session.isCurrent(runToken) || event.type !== 'request-ended') return;
          completed += 1;
          publish(withRow(rowsNow(), name, { status: 'running', completed, total, timeScale }));
        },
      });
    };
    go().then(
      (result) => {
        if (!session.isCurrent(runToken)) return;
        session.settle();
        running = null;
        if (result.calibration !== undefined) capacity = pageCapacityOf(result.calibration);
        publish(
          withRow(rowsNow(), name, {
            status: 'done',
            makespanMs: result.trace.makespanMs,
            timeScale: result.timeScale,
            notes: result.reliability.notes,
          }),
        );
      },
      (error: unknown) => {
        if (!session.isCurrent(runToken)) return;
        session.fail(runToken, error);
        running = null;
      },
    );
  };

  return {
    getSnapshot: rowsNow,
    subscribe: session.subscribe,
    run,
    stop,
    reset: stop,
    // Leaving the lab stops the row in progress (every run here is live), and the row says so.
    leave: () => {
      session.leave();
      running = null;
    },
    isRunning: () => running !== null,
    setLive: (next) => {
      port = next;
    },
  };
}
