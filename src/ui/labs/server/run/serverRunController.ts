import { pageCapacityOf } from '../../../../core/live/pageCapacityOf.ts';
import type { Millis } from '../../../../core/clock.ts';
import { MAX_LIVE_CALLS } from '../../../../core/limits.ts';
import type { Scenario } from '../../../../core/scenario.ts';
import { predictServer, type ServerPrediction } from '../../../../core/server/predictServer.ts';
import {
  checkServerRun,
  serverRunInputOf,
  type ServerRunInput,
} from '../../../../core/server/serverRunInput.ts';
import { serverStats } from '../../../../core/server/serverStats.ts';
import { simulateServer } from '../../../../core/server/simulateServer.ts';
import type { LiveServerPort, ServerRunEvent } from '../../../liveServerPort.ts';
import type { FrameSource } from '../../../run/frameSource.ts';
import { createRunSession } from '../../../run/runSession.ts';
import type { SessionController } from '../../../run/sessionController.ts';
import { replayRate, type ReplayPace } from './replayRate.ts';
import { liveFetchesOf } from './serverLiveReason.ts';
import { IDLE_SERVER_SNAPSHOT, type ServerRunSnapshot } from './serverRunSnapshot.ts';
import {
  applyServerEvent,
  pendingServerData,
  serverDataFromTrace,
} from '../serverTimeline/serverTimelineData.ts';

export interface ServerRunController extends SessionController<ServerRunSnapshot, LiveServerPort> {
  /**
   * Starts the scenario's load test, resetting any run in progress first. `timeScale` is for
   * live runs (experiment ms per wall ms, default 1); a virtual run replays at the scenario's
   * `speed` (1 = real time), or fitted into a few seconds with `pace` 'fit' (see replayRate).
   */
  readonly start: (scenario: Scenario, timeScale?: number, pace?: ReplayPace) => void;
}

/**
 * The Server lab's runs on a run session (run/runSession.ts): idle -> running -> done, and back
 * to idle on reset. Virtual: the whole load test is simulated, then replayed at replayRate():
 * the scenario's speed (a 25 s test takes 25 s at 1×), or fitted (5 s). Live: the
 * LiveServerPort runs it for real, time-scaled, and its events grow the timeline.
 */
export function createServerRunController(
  frames: FrameSource,
  initialLive: LiveServerPort | null = null,
): ServerRunController {
  let liveServer = initialLive;
  const session = createRunSession<ServerRunSnapshot>(frames, {
    idle: IDLE_SERVER_SNAPSHOT,
    noun: 'run',
    // What the page measured of itself outlives the run: the lab plans the next one with it.
    resetTo: ({ capacity }) => ({ ...IDLE_SERVER_SNAPSHOT, capacity }),
    failedTo: (reason, { capacity }) => ({
      ...IDLE_SERVER_SNAPSHOT,
      capacity,
      error: `The run failed: ${reason}`,
    }),
    leftTo: (note, { capacity }) => ({ ...IDLE_SERVER_SNAPSHOT, capacity, error: note }),
  });
  const { publish } = session;
  const snapshot = session.getSnapshot;

  /**
   * Cursor update; the charts follow at most every CHART_REFRESH_MS of wall time, and not at all
   * during a live run: the mocks answer on this main thread, and SVG re-renders would delay them.
   */
  const moveCursor = (nowMs: Millis, wallMs: Millis, extra: Partial<ServerRunSnapshot> = {}) => {
    const chart =
      snapshot().engine !== 'live' && session.chartDue(wallMs)
        ? { chartNowMs: nowMs, chartVersion: snapshot().chartVersion + 1 }
        : {};
    publish({ nowMs, version: snapshot().version + 1, ...chart, ...extra });
  };

  const startVirtual = async (
    scenario: Scenario,
    input: ServerRunInput,
    pace: ReplayPace,
    runToken: number,
  ) => {
    const trace = await simulateServer(input);
    if (!session.isCurrent(runToken)) return;
    const endMs = trace.makespanMs;
    const rate = replayRate(endMs, scenario.run.speed, pace);
    publish({
      data: serverDataFromTrace(input.server, trace),
      trace,
      rate,
      axisEndMs: Math.max(endMs, snapshot().axisEndMs),
    });
    const finish = (): void =>
      publish({
        status: 'done',
        stats: serverStats(trace),
        completed: trace.requests.length,
        nowMs: endMs,
        chartNowMs: endMs,
        version: snapshot().version + 1,
        chartVersion: snapshot().chartVersion + 1,
      });
    if (session.atOnce(endMs)) finish();
    else session.replay(runToken, { fromMs: 0, endMs, rate, onFrame: moveCursor, onEnd: finish });
  };

  const startLive = async (
    scenario: Scenario,
    input: ServerRunInput,
    port: LiveServerPort,
    timeScale: number,
    runToken: number,
  ): Promise<void> => {
    const data = pendingServerData(input.server);
    const signal = session.liveSignal();
    publish({ data, rate: timeScale });
    if (!(await session.afterPaint(runToken))) return;
    // The page answers every mocked request on this main thread, so a live run draws only when
    // the session follows it (every LIVE_FOLLOW_INTERVAL_MS of wall time, runSession.ts), and
    // its events (which only fill `data` in place) are shown at the next redraw instead of one
    // render each: a burst of 250 mocked requests otherwise queues behind as many renders, and
    // the calls end late (measured on the talk's gevent rows).
    let eventsSince = 0;
    session.follow(
      runToken,
      timeScale,
      (nowMs, wallMs) => {
        const events = eventsSince;
        eventsSince = 0;
        moveCursor(nowMs, wallMs, {
          axisEndMs: Math.max(snapshot().axisEndMs, nowMs),
          ...(events === 0 ? {} : { dataVersion: snapshot().dataVersion + 1, completed }),
        });
      },
      () => snapshot().status === 'running',
    );
    let completed = snapshot().completed;
    const onEvent = (event: ServerRunEvent): void => {
      if (!session.isCurrent(runToken)) return;
      applyServerEvent(data, event);
      if (event.type === 'request-ended') completed += 1;
      eventsSince += 1;
    };
    const result = await port.run(input, {
      signal,
      timeScale,
      compensate: scenario.run.compensate,
      onEvent,
    });
    if (!session.isCurrent(runToken)) return;
    session.settle();
    const endMs = result.trace.makespanMs;
    publish({
      status: 'done',
      data: serverDataFromTrace(input.server, result.trace),
      trace: result.trace,
      stats: serverStats(result.trace),
      completed: result.trace.requests.length,
      reliability: result.reliability,
      capacity:
        result.calibration === undefined ? snapshot().capacity : pageCapacityOf(result.calibration),
      rate: result.timeScale,
      nowMs: endMs,
      chartNowMs: endMs,
      axisEndMs: Math.max(snapshot().axisEndMs, endMs),
      version: snapshot().version + 1,
      chartVersion: snapshot().chartVersion + 1,
    });
  };

  const start = (scenario: Scenario, timeScale = 1, pace: ReplayPace = 'speed'): void => {
    const runToken = session.begin();
    let input: ServerRunInput;
    let prediction: ServerPrediction;
    try {
      input = serverRunInputOf(scenario);
      checkServerRun(input);
      prediction = predictServer(input);
    } catch (error) {
      session.fail(runToken, error);
      return;
    }
    publish({
      status: 'running',
      engine: scenario.run.engine,
      prediction,
      axisEndMs: prediction.makespanMs,
    });
    if (scenario.run.engine === 'virtual') {
      session.launch(runToken, () => startVirtual(scenario, input, pace, runToken));
      return;
    }
    const port = liveServer;
    if (port === null) {
      session.fail(
        runToken,
        new Error('live server runs are unavailable here; use the virtual engine'),
      );
      return;
    }
    const fetches = liveFetchesOf(input.server.requests, input.calls.length);
    if (fetches > MAX_LIVE_CALLS) {
      session.fail(
        runToken,
        new Error(
          `a live load test sends at most ${MAX_LIVE_CALLS} mocked requests (each request and ` +
            `each of its calls); this one would send ${fetches}`,
        ),
      );
      return;
    }
    session.launch(runToken, () => startLive(scenario, input, port, timeScale, runToken));
  };

  return {
    getSnapshot: session.getSnapshot,
    subscribe: session.subscribe,
    start,
    reset: session.reset,
    leave: session.leave,
    setLive: (port) => {
      liveServer = port;
    },
  };
}
