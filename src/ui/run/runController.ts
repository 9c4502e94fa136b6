import type { Millis } from '../../core/clock.ts';
import { copyLimitProblem } from '../../core/faults/copyLimitProblem.ts';
import { faultSetupOf } from '../../core/faults/faultSetup.ts';
import { faultStats } from '../../core/faults/faultStats.ts';
import { predictionHolds } from '../../core/faults/predictionHolds.ts';
import { predictScenarioFaults } from '../../core/faults/predictFaults.ts';
import type { ModelSpec } from '../../core/modelSpec.ts';
import type { PlannedCall } from '../../core/plannedCall.ts';
import { predict } from '../../core/predict.ts';
import type { FanOutPolicyOptions } from '../../core/runFanOut.ts';
import { modelSpecOf, planCalls, type Scenario } from '../../core/scenario.ts';
import { simulateFanOut } from '../../core/simulate.ts';
import { runStats } from '../../core/stats.ts';
import type { RunEvent } from '../../core/trace.ts';
import { eventInstants, neighbourInstant } from './eventInstants.ts';
import { applyRunEvent } from './applyRunEvent.ts';
import type { LiveEnginePort } from '../liveEnginePort.ts';
import {
  pendingTimelineData,
  timelineDataFromTrace,
  type TimelineData,
} from '../timeline/timelineData.ts';
import type { FrameSource } from './frameSource.ts';
import { createChartThrottle, createFrameLoop } from './frameLoop.ts';
import { createSnapshotStore } from './snapshotStore.ts';
import { IDLE_SNAPSHOT, type RunSnapshot } from './runSnapshot.ts';

export interface RunController {
  readonly getSnapshot: () => RunSnapshot;
  readonly subscribe: (listener: () => void) => () => void;
  /** Starts a run of the scenario, resetting any run in progress first. */
  readonly start: (scenario: Scenario) => void;
  /** Stops the run in progress (aborting every live call in flight) and clears the results. */
  readonly reset: () => void;
  /** The live engine for the next runs (null: live runs unavailable). */
  readonly setLiveEngine: (engine: LiveEnginePort | null) => void;
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
}

/**
 * The life of a run, outside React: idle -> running -> done, and back to idle on reset.
 * Invariant: each run has a token; anything that arrives for an older token (a live event, a
 * late response, a finished simulation) is dropped, so nothing of an old run lands in a new one.
 */
export function createRunController(
  frames: FrameSource,
  initialLive: LiveEnginePort | null = null,
): RunController {
  let liveEngine = initialLive;
  const store = createSnapshotStore<RunSnapshot>(IDLE_SNAPSHOT);
  const { publish } = store;
  const snapshot = store.getSnapshot;
  let token = 0;
  const loop = createFrameLoop(frames);
  const stopFrames = loop.stop;
  let abort: AbortController | null = null;
  const charts = createChartThrottle();
  /** The known timeline's end, its event instants (sorted) and what ends its first replay. */
  let known: { endMs: Millis; instants: Float64Array; finish: (() => void) | null } | null = null;

  /**
   * Cursor update with the charts refreshed at most every CHART_REFRESH_MS of wall time, and not
   * at all during a live run: the mocked services answer on this same main thread, so an SVG
   * re-render mid-run would delay their responses (the charts catch up when the run ends).
   */
  const moveCursor = (nowMs: Millis, wallMs: Millis, extra: Partial<RunSnapshot> = {}): void => {
    const chart =
      !(snapshot().engine === 'live' && snapshot().status === 'running') && charts.due(wallMs)
        ? { chartNowMs: nowMs, chartVersion: snapshot().version + 1 }
        : {};
    publish({ nowMs, version: snapshot().version + 1, ...chart, ...extra });
  };

  const fail = (runToken: number, error: unknown): void => {
    if (runToken !== token) return;
    stopFrames();
    abort = null;
    const reason = error instanceof Error ? error.message : String(error);
    publish({ ...IDLE_SNAPSHOT, error: `The run failed: ${reason}` });
  };

  /** Animates the cursor from `fromMs` to the known end at the current speed. */
  const animate = (fromMs: Millis): void => {
    const timeline = known;
    if (timeline === null) return;
    stopFrames();
    const runToken = token;
    const startedWallMs = frames.now();
    const speed = snapshot().speed;
    publish({ playback: 'playing' });
    const tick = (): void => {
      if (runToken !== token) return;
      const wallMs = frames.now();
      const nowMs = fromMs + (wallMs - startedWallMs) * speed;
      if (nowMs >= timeline.endMs) {
        arrive(timeline.endMs);
        return;
      }
      moveCursor(nowMs, wallMs);
      // A listener may have paused, seeked or reset while being told about this frame.
      if (runToken !== token || snapshot().playback !== 'playing') return;
      loop.next(tick);
    };
    loop.next(tick);
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

  const startVirtual = async (
    planned: readonly PlannedCall[],
    spec: ModelSpec,
    faults: FanOutPolicyOptions | undefined,
    runToken: number,
  ): Promise<void> => {
    const trace = await simulateFanOut(planned, spec, faults ? { faults } : {});
    if (runToken !== token) return;
    const stats = runStats(trace);
    const data = timelineDataFromTrace(trace);
    const endMs = trace.makespanMs;
    const failures = faults ? faultStats(trace) : null;
    known = {
      endMs,
      instants: eventInstants(trace),
      finish: () => publish({ status: 'done', trace, stats, faultStats: failures }),
    };
    publish({
      data,
      seekable: true,
      axisEndMs: Math.max(endMs, snapshot().predictedMakespanMs ?? 0),
    });
    if (endMs === 0 || frames.reducedMotion()) {
      arrive(endMs);
      return;
    }
    animate(0);
  };

  const startLive = async (
    scenario: Scenario,
    planned: readonly PlannedCall[],
    spec: ModelSpec,
    faults: FanOutPolicyOptions | undefined,
    engine: LiveEnginePort,
    runToken: number,
  ): Promise<void> => {
    const data: TimelineData = pendingTimelineData(planned);
    const controller = new AbortController();
    abort = controller;
    publish({ data });
    // Let the timeline mount and paint before the first call is sent: the mocks answer on this
    // main thread, and a first render during the run made the first call 3-7 ms late.
    await new Promise<void>((resolve) => frames.request(() => frames.request(() => resolve())));
    if (runToken !== token) return;
    const startedWallMs = frames.now();
    const tick = (): void => {
      if (runToken !== token || snapshot().status !== 'running') return;
      const nowMs = frames.now() - startedWallMs;
      moveCursor(nowMs, frames.now(), { axisEndMs: Math.max(snapshot().axisEndMs, nowMs) });
      loop.next(tick);
    };
    loop.next(tick);
    const onEvent = (event: RunEvent): void => {
      if (runToken !== token) return;
      applyRunEvent(data, event);
      publish({ version: snapshot().version + 1 });
    };
    const result = await engine.run(planned, spec, {
      signal: controller.signal,
      compensate: scenario.compensate,
      onEvent,
      ...(faults ? { faults } : {}),
    });
    if (runToken !== token) return;
    stopFrames();
    abort = null;
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
      faultStats: faults ? faultStats(result.trace) : null,
      reliability: result.reliability,
      compensationMs: result.compensationMs,
      seekable: true,
      playback: 'stopped',
    });
    known = { endMs: makespanMs, instants: eventInstants(result.trace), finish: null };
  };

  const reset = (): void => {
    token += 1;
    known = null;
    stopFrames();
    abort?.abort(new DOMException('The run was reset.', 'AbortError'));
    abort = null;
    publish({ ...IDLE_SNAPSHOT, speed: snapshot().speed });
  };

  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    reset,
    setLiveEngine: (engine) => {
      liveEngine = engine;
    },
    pause: () => {
      if (snapshot().playback !== 'playing' || !snapshot().seekable) return;
      stopFrames();
      publish({ playback: 'paused' });
    },
    play: () => {
      if (known === null || snapshot().playback === 'playing') return;
      animate(snapshot().nowMs >= known.endMs ? 0 : snapshot().nowMs);
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
    start: (scenario) => {
      reset();
      const runToken = token;
      const spec = modelSpecOf(scenario);
      const planned = planCalls(scenario.calls, scenario.seed);
      const faults = faultSetupOf(scenario);
      // With failures the formulas' timeline no longer holds (docs/faults.md): no prediction.
      const predictedMs = predictionHolds(scenario, planned)
        ? predict(
            planned.map((call) => call.latencyMs),
            spec,
          ).makespanMs
        : null;
      charts.reset();
      publish({
        status: 'running',
        speed: scenario.speed,
        engine: scenario.engine,
        axisEndMs: predictedMs ?? 0,
        predictedMakespanMs: predictedMs,
        noClosedForm: predictedMs === null,
        faultPrediction: faults ? predictScenarioFaults(scenario) : null,
      });
      const engine = liveEngine;
      if (scenario.engine === 'live' && engine === null) {
        fail(runToken, new Error('live runs are unavailable here; use the virtual engine'));
        return;
      }
      // The worst case of copies is bounded per engine (src/core/limits.ts). The URL codec keeps
      // links within it; this refuses what the controls can still build, before anything runs.
      // Every call sends at least one copy, so on the live engine it bounds the calls too.
      const refused = copyLimitProblem(scenario);
      if (refused !== null) {
        fail(runToken, new Error(refused));
        return;
      }
      if (scenario.engine === 'live' && engine !== null) {
        startLive(scenario, planned, spec, faults, engine, runToken).catch((error: unknown) =>
          fail(runToken, error),
        );
      } else {
        startVirtual(planned, spec, faults, runToken).catch((error: unknown) =>
          fail(runToken, error),
        );
      }
    },
  };
}
