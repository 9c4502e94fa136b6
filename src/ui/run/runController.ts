import type { Millis } from '../../core/clock.ts';
import { isRealTimeEngine } from './realTimeEngine.ts';
import { faultStats } from '../../core/faults/faultStats.ts';
import { planScenario, type ScenarioPlan } from '../../core/planScenario.ts';
import type { Scenario } from '../../core/scenario.ts';
import { simulateFanOut } from '../../core/simulate.ts';
import { runStats } from '../../core/stats.ts';
import { eventInstants, neighbourInstant } from './eventInstants.ts';
import type { LiveEnginePort } from '../liveEnginePort.ts';
import { NO_SERVER_SENTENCE, type NetworkEnginePort } from '../networkEnginePort.ts';
import { timelineDataFromTrace } from '../timeline/timelineData.ts';
import type { FrameSource } from './frameSource.ts';
import { launchFanOutRun } from './launchFanOutRun.ts';
import { createRealTimeStarts, type KnownTimeline } from './realTimeStarts.ts';
import { createRunSession } from './runSession.ts';
import { IDLE_SNAPSHOT, type RunSnapshot } from './runSnapshot.ts';
import type { SessionController } from './sessionController.ts';

export interface RunController extends SessionController<RunSnapshot, LiveEnginePort> {
  /** Starts a run of the scenario, resetting any run in progress first. */
  readonly start: (scenario: Scenario) => void;
  /** Holds a replay at its cursor (a live run cannot be paused: the network does not wait). */
  readonly pause: () => void;
  /** Continues a held replay, or replays a finished one from the start. */
  readonly play: () => void;
  /** Moves the cursor of a known timeline to `ms` (clamped), holding the replay there. */
  readonly seek: (ms: Millis) => void;
  /** Moves the cursor to the next (1) or previous (-1) instant at which a call or work changed. */
  readonly step: (direction: 1 | -1) => void;
  /** The replay speed for what plays next (run ms per wall ms). */
  readonly setSpeed: (speed: number) => void;
  /**
   * The time scale the next live runs use, whoever starts them (Run, the presenter's keys, a
   * slide deck): the person's choice, or null to let the planner choose (liveScalePlanOf).
   */
  readonly setLiveScale: (chosenScale: number | null) => void;
  /** The network engine for the next runs (null: unavailable here; network runs go virtual). */
  readonly setNetwork: (port: NetworkEnginePort | null) => void;
}

/**
 * The Fan-out lab's runs on a run session (runSession.ts): idle -> running -> done, and back to
 * idle on reset. What is its own: the replay's cursor (pause, seek, step, speed) over a known
 * timeline, and the run's numbers. A failure or a reset aborts the live calls in flight.
 */
export function createRunController(
  frames: FrameSource,
  initialLive: LiveEnginePort | null = null,
): RunController {
  let liveEngine = initialLive;
  let networkEngine: NetworkEnginePort | null = null;
  let chosenScale: number | null = null;
  const session = createRunSession<RunSnapshot>(frames, {
    idle: IDLE_SNAPSHOT,
    noun: 'run',
    failedTo: (reason) => ({ ...IDLE_SNAPSHOT, error: `The run failed: ${reason}` }),
    // The speed is the person's choice: a reset keeps it for the next run.
    resetTo: (current) => ({ ...IDLE_SNAPSHOT, speed: current.speed }),
    leftTo: (note, current) => ({ ...IDLE_SNAPSHOT, speed: current.speed, error: note }),
  });
  const { publish, stopFrames } = session;
  const snapshot = session.getSnapshot;
  /** The known timeline's end, its event instants (sorted) and what ends its first replay. */
  let known: KnownTimeline | null = null;

  /**
   * Cursor update with the charts refreshed at most every CHART_REFRESH_MS of wall time, and not
   * at all during a live run: the mocked services answer on this same main thread, so an SVG
   * re-render mid-run would delay their responses (the charts catch up when the run ends).
   */
  const moveCursor = (nowMs: Millis, wallMs: Millis, extra: Partial<RunSnapshot> = {}): void => {
    const chart =
      !(isRealTimeEngine(snapshot().engine) && snapshot().status === 'running') &&
      session.chartDue(wallMs)
        ? { chartNowMs: nowMs, chartVersion: snapshot().version + 1 }
        : {};
    publish({ nowMs, version: snapshot().version + 1, ...chart, ...extra });
  };

  /** Puts the cursor at `ms` with the charts following at once; the end finishes a first replay. */
  const arrive = (ms: Millis): void => {
    const timeline = known;
    if (timeline === null) return;
    const atEnd = ms >= timeline.endMs;
    publish({
      nowMs: ms,
      chartNowMs: ms,
      version: snapshot().version + 1,
      chartVersion: snapshot().chartVersion + 1,
      playback: atEnd ? 'stopped' : 'paused',
    });
    if (atEnd && timeline.finish) {
      const finish = timeline.finish;
      timeline.finish = null;
      finish();
    }
  };

  /** Animates the cursor from `fromMs` to the known end at the current speed. */
  const animate = (runToken: number, fromMs: Millis): void => {
    const timeline = known;
    if (timeline === null) return;
    stopFrames();
    publish({ playback: 'playing' });
    session.replay(runToken, {
      fromMs,
      endMs: timeline.endMs,
      rate: snapshot().speed,
      onFrame: moveCursor,
      onEnd: () => arrive(timeline.endMs),
      keepGoing: () => snapshot().playback === 'playing',
    });
  };

  /** Said after a virtual run that stood in for the network engine (no server behind the page). */
  const standInNote = (): RunSnapshot['reliability'] => ({
    hidden: false,
    maxEventLoopLagMs: 0,
    saturated: false,
    notes: [
      `${NO_SERVER_SENTENCE} The virtual engine ran this instead, with the browser's connections per host.`,
    ],
  });

  const startVirtual = async (
    plan: ScenarioPlan,
    runToken: number,
    standIn = false,
  ): Promise<void> => {
    const { faults } = plan;
    const trace = await simulateFanOut(plan.planned, plan.spec, {
      ...(faults ? { faults } : {}),
      wire: plan.wire,
    });
    if (!session.isCurrent(runToken)) return;
    const stats = runStats(trace);
    const data = timelineDataFromTrace(trace);
    const endMs = trace.makespanMs;
    const failures = faults ? faultStats(trace) : null;
    known = {
      endMs,
      instants: eventInstants(trace),
      finish: () =>
        publish({
          status: 'done',
          trace,
          stats,
          faultStats: failures,
          ...(standIn ? { reliability: standInNote() } : {}),
        }),
    };
    publish({
      data,
      seekable: true,
      axisEndMs: Math.max(endMs, snapshot().predictedMakespanMs ?? 0),
      ...(standIn ? { engine: 'virtual' as const } : {}),
    });
    if (session.atOnce(endMs)) arrive(endMs);
    else animate(runToken, 0);
  };

  const { startLive, startNetwork } = createRealTimeStarts({
    session,
    moveCursor,
    chosenScale: () => chosenScale,
    setKnown: (timeline) => {
      known = timeline;
    },
  });

  const reset = (): void => {
    known = null;
    session.reset();
  };

  return {
    getSnapshot: session.getSnapshot,
    subscribe: session.subscribe,
    reset,
    // A live run in progress has no known timeline yet (`known` is set once it is done).
    leave: session.leave,
    setLive: (engine) => {
      liveEngine = engine;
    },
    pause: () => {
      if (snapshot().playback !== 'playing' || !snapshot().seekable) return;
      stopFrames();
      publish({ playback: 'paused' });
    },
    play: () => {
      if (known === null || snapshot().playback === 'playing') return;
      animate(session.token(), snapshot().nowMs >= known.endMs ? 0 : snapshot().nowMs);
    },
    seek: (ms) => {
      if (known === null) return;
      stopFrames();
      arrive(Math.min(known.endMs, Math.max(0, ms)));
    },
    step: (direction) => {
      if (known === null) return;
      const target = neighbourInstant(known.instants, snapshot().nowMs, direction);
      if (target === null) return;
      stopFrames();
      arrive(target);
    },
    setSpeed: (speed) => {
      if (speed > 0 && Number.isFinite(speed)) publish({ speed });
    },
    setLiveScale: (scale) => {
      chosenScale = scale;
    },
    setNetwork: (port) => {
      networkEngine = port;
    },
    start: (scenario) => {
      known = null;
      const runToken = session.begin();
      const plan = planScenario(scenario);
      const predictedMs = plan.prediction?.makespanMs ?? null;
      publish({
        status: 'running',
        speed: scenario.run.speed,
        // Without the network engine here (no Overlap server behind the page), a network
        // scenario runs on the virtual engine, which models its connections (docs/network.md).
        engine:
          scenario.run.engine === 'network' && networkEngine === null
            ? 'virtual'
            : scenario.run.engine,
        axisEndMs: predictedMs ?? 0,
        predictedMakespanMs: predictedMs,
        noClosedForm: predictedMs === null,
        faultPrediction: plan.faultPrediction,
      });
      launchFanOutRun(
        session,
        runToken,
        scenario,
        liveEngine,
        {
          live: (engine) => startLive(scenario, plan, engine, runToken),
          virtual: (standIn) => startVirtual(plan, runToken, standIn),
          network: (engine) => startNetwork(scenario, plan, engine, runToken),
        },
        networkEngine,
      );
    },
  };
}
