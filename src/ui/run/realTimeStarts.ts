import type { Millis } from '../../core/clock.ts';
import { faultStats } from '../../core/faults/faultStats.ts';
import { pageCapacityOf } from '../../core/live/pageCapacityOf.ts';
import { planLiveLanes } from '../../core/live/planLiveLanes.ts';
import type { LiveRunResult } from '../../core/liveTypes.ts';
import type { ScenarioPlan } from '../../core/planScenario.ts';
import type { Scenario } from '../../core/scenario.ts';
import { runStats } from '../../core/stats.ts';
import type { RunEvent } from '../../core/trace.ts';
import type { LiveEnginePort } from '../liveEnginePort.ts';
import type { NetworkEnginePort } from '../networkEnginePort.ts';
import {
  pendingTimelineData,
  timelineDataFromTrace,
  type TimelineData,
} from '../timeline/timelineData.ts';
import { applyRunEvent } from './applyRunEvent.ts';
import { calibrationWhenKnown } from './calibrationWhenKnown.ts';
import { eventInstants } from './eventInstants.ts';
import { liveScaleAfterNote } from './liveScaleText.ts';
import { virtualLanesOf } from './liveScalePlanOf.ts';
import {
  dueInstantsMs,
  dueWithin,
  NETWORK_GUARD_AFTER_WALL_MS,
  RENDER_GUARD_WALL_MS,
} from './renderGuard.ts';
import type { RunSession } from './runSession.ts';
import type { RunSnapshot } from './runSnapshot.ts';

/** A finished run's timeline, for the replay: its end, event instants, what ends a first replay. */
export interface KnownTimeline {
  readonly endMs: Millis;
  readonly instants: Float64Array;
  finish: (() => void) | null;
}

/** What the real-time starts need of the run controller (runController.ts). */
export interface RealTimeDeps {
  readonly session: RunSession<RunSnapshot>;
  /** Moves the cursor to `nowMs` (the charts at most every so often), with `extra` published. */
  readonly moveCursor: (nowMs: Millis, wallMs: Millis, extra?: Partial<RunSnapshot>) => void;
  /** The time scale the person chose for live runs, or null to let the planner choose. */
  readonly chosenScale: () => number | null;
  /** Keeps a finished run's timeline for seeking and replay. */
  readonly setKnown: (known: KnownTimeline) => void;
}

/**
 * The Fan-out lab's runs in real time: a live run (the page's mocks, time-scaled) and a network
 * run (Overlap's server). Both follow the wall clock with their renders kept clear of the
 * answers' due instants, and end seekable. Split from runController.ts, which keeps the virtual
 * run and the replay.
 */
export function createRealTimeStarts(deps: RealTimeDeps): {
  readonly startLive: (
    scenario: Scenario,
    plan: ScenarioPlan,
    engine: LiveEnginePort,
    runToken: number,
  ) => Promise<void>;
  readonly startNetwork: (
    scenario: Scenario,
    plan: ScenarioPlan,
    engine: NetworkEnginePort,
    runToken: number,
  ) => Promise<void>;
} {
  const { session, moveCursor, chosenScale, setKnown } = deps;
  const { publish } = session;
  const snapshot = session.getSnapshot;

  /**
   * Moves the cursor with the run, in the scenario's ms (not wall time), skipping a move (never
   * two in a row) when an answer falls due within RENDER_GUARD_WALL_MS ahead or `afterWallMs`
   * behind: its render would hold the answer's timer (live) or its arrival's handling (network)
   * (renderGuard.ts).
   */
  const followGuarded = (
    runToken: number,
    timeScale: number,
    dueMs: Float64Array,
    afterWallMs: number,
  ): void => {
    let skipped = false;
    const afterMs = afterWallMs * timeScale;
    const windowMs = (RENDER_GUARD_WALL_MS + afterWallMs) * timeScale;
    session.follow(
      runToken,
      timeScale,
      (nowMs, wallMs) => {
        if (!skipped && dueWithin(dueMs, nowMs - afterMs, windowMs)) {
          skipped = true;
          return;
        }
        skipped = false;
        moveCursor(nowMs, wallMs, { axisEndMs: Math.max(snapshot().axisEndMs, nowMs) });
      },
      () => snapshot().status === 'running',
    );
  };

  /**
   * A real-time run's start, live or network: its calls shown pending, then, once that has been
   * painted, the cursor following the wall clock (followGuarded). Returns what the engine's events
   * go to, or null when the run was replaced meanwhile. An event only writes the run's arrays; the
   * next followed frame (at most LIVE_FOLLOW_INTERVAL_MS later) shows it. Publishing there
   * rendered the lab in a microtask queued before the model's own continuation: in a chain,
   * between one call's end and the next call's start (2-3 ms each, +0.5 % on the talk's sequential
   * calls), and at the run's start, while its requests waited for this main thread to reach the
   * mocks.
   */
  const beginFollowing = async (
    runToken: number,
    planned: ScenarioPlan['planned'],
    liveScale: RunSnapshot['liveScale'],
    timeScale: number,
    dueMs: Float64Array,
    afterWallMs: number,
  ): Promise<((event: RunEvent) => void) | null> => {
    const data: TimelineData = pendingTimelineData(planned);
    publish({ data, liveScale });
    if (!(await session.afterPaint(runToken))) return null;
    followGuarded(runToken, timeScale, dueMs, afterWallMs);
    return (event) => {
      if (session.isCurrent(runToken)) applyRunEvent(data, event);
    };
  };

  const startLive = async (
    scenario: Scenario,
    plan: ScenarioPlan,
    engine: LiveEnginePort,
    runToken: number,
  ): Promise<void> => {
    const { planned, faults } = plan;
    // The scale, planned from the virtual run of these calls before any is sent (the capacity
    // from the calibration known now): the same plan the lab showed before Run.
    const signal = session.liveSignal();
    const calibration = await calibrationWhenKnown(engine, signal);
    const lanes = await virtualLanesOf(scenario, plan, [plan.spec]);
    const liveScale =
      lanes === null ? null : planLiveLanes(lanes, pageCapacityOf(calibration), chosenScale());
    // When the virtual run's answers are due: the cursor keeps its renders clear of them.
    const dueMs = dueInstantsMs(lanes?.[0]?.sends ?? []);
    if (!session.isCurrent(runToken)) return;
    const timeScale = liveScale?.timeScale ?? 1;
    const onEvent = await beginFollowing(runToken, planned, liveScale, timeScale, dueMs, 0);
    if (onEvent === null) return;
    const result = await engine.run(planned, plan.spec, {
      signal,
      compensate: scenario.run.compensate,
      onEvent,
      ...(faults ? { faults } : {}),
      timeScale,
      marginMs: liveScale?.marginMs ?? 0,
    });
    if (!session.isCurrent(runToken)) return;
    const scaleNote = liveScale === null ? null : liveScaleAfterNote(liveScale);
    const { reliability } = result;
    showRealTimeResult(
      scaleNote === null
        ? result
        : { ...result, reliability: { ...reliability, notes: [scaleNote, ...reliability.notes] } },
      faults !== undefined,
    );
  };

  /** Shows a finished live or network run: its trace, figures and reliability, seekable. */
  const showRealTimeResult = (result: LiveRunResult, withFaults: boolean): void => {
    session.settle();
    const makespanMs = result.trace.makespanMs;
    publish({
      status: 'done',
      data: timelineDataFromTrace(result.trace),
      nowMs: makespanMs,
      chartNowMs: makespanMs,
      axisEndMs: Math.max(snapshot().axisEndMs, makespanMs),
      version: snapshot().version + 1,
      chartVersion: snapshot().chartVersion + 1,
      trace: result.trace,
      stats: runStats(result.trace),
      faultStats: withFaults ? faultStats(result.trace) : null,
      reliability: result.reliability,
      compensationMs: result.compensationMs,
      seekable: true,
      playback: 'stopped',
    });
    setKnown({ endMs: makespanMs, instants: eventInstants(result.trace), finish: null });
  };

  /**
   * A network run: the model's code sends real fetch() calls to Overlap's server over the run's
   * protocol. Unlike a live run there is no calibration, time scale or compensation (the page
   * answers nothing itself): the cursor follows the wall clock, and every time is the browser's.
   */
  const startNetwork = async (
    scenario: Scenario,
    plan: ScenarioPlan,
    engine: NetworkEnginePort,
    runToken: number,
  ): Promise<void> => {
    const { planned, faults } = plan;
    const signal = session.liveSignal();
    // When the answers are due over the browser's connections (the virtual run with them): a
    // render while answers arrive holds their handling for the render's length, so the cursor
    // keeps clear of them as in a live run.
    const lanes = await virtualLanesOf(scenario, plan, [plan.spec], plan.wire);
    if (!session.isCurrent(runToken)) return;
    const dueMs = dueInstantsMs(lanes?.[0]?.sends ?? []);
    const onEvent = await beginFollowing(
      runToken,
      planned,
      null,
      1,
      dueMs,
      NETWORK_GUARD_AFTER_WALL_MS,
    );
    if (onEvent === null) return;
    const result = await engine.run(planned, plan.spec, {
      signal,
      onEvent,
      ...(faults ? { faults } : {}),
      protocol: scenario.run.protocol,
      closeConnection: scenario.run.connection === 'close',
    });
    if (!session.isCurrent(runToken)) return;
    showRealTimeResult(result, faults !== undefined);
  };

  return { startLive, startNetwork };
}
