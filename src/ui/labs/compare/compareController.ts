import { MODEL_NAMES } from '../../../core/modelSpec.ts';
import type { PlannedCall } from '../../../core/plannedCall.ts';
import { predict } from '../../../core/predict.ts';
import { modelSpecOf, planCalls, type Scenario } from '../../../core/scenario.ts';
import { copyLimitProblem } from '../../../core/faults/copyLimitProblem.ts';
import { faultSetupOf } from '../../../core/faults/faultSetup.ts';
import type { FanOutPolicyOptions } from '../../../core/runFanOut.ts';
import { faultStats, type FaultStats } from '../../../core/faults/faultStats.ts';
import { predictionHolds } from '../../../core/faults/predictionHolds.ts';
import { simulateFanOut } from '../../../core/simulate.ts';
import { runStats, type RunStats } from '../../../core/stats.ts';
import type { Trace } from '../../../core/trace.ts';
import type { LiveEnginePort } from '../../liveEnginePort.ts';
import { createFrameLoop } from '../../run/frameLoop.ts';
import type { FrameSource } from '../../run/frameSource.ts';
import { createSnapshotStore } from '../../run/snapshotStore.ts';
import { timelineDataFromTrace } from '../../timeline/index.ts';
import { applyLiveEvent, pendingLaneData } from './liveLaneData.ts';
import { IDLE_COMPARE, rowsOf, type CompareLane, type CompareSnapshot } from './compareSnapshot.ts';

export interface CompareController {
  readonly getSnapshot: () => CompareSnapshot;
  readonly subscribe: (listener: () => void) => () => void;
  /** Runs the scenario's calls under every model, resetting any comparison in progress first. */
  readonly start: (scenario: Scenario) => void;
  /** Stops the comparison (aborting every live call in flight) and clears the results. */
  readonly reset: () => void;
  /** The live engine for the next comparisons (null: live runs unavailable). */
  readonly setLiveEngine: (engine: LiveEnginePort | null) => void;
}

/**
 * The Compare lab's runs, outside React: idle -> running -> done, and back to idle on reset.
 * Virtual: all six models are simulated at once, then replayed together under one cursor.
 * Live: the models run one after another, never together, since calls answered on the same main
 * thread would disturb each other's timings.
 * Invariant (as in runController.ts): each comparison has a token; anything that arrives for an
 * older token (a live event, a late response, a finished simulation) is dropped.
 */
export function createCompareController(
  frames: FrameSource,
  initialLive: LiveEnginePort | null = null,
): CompareController {
  let liveEngine = initialLive;
  const store = createSnapshotStore<CompareSnapshot>(IDLE_COMPARE);
  const { publish } = store;
  const snapshot = store.getSnapshot;
  let token = 0;
  const loop = createFrameLoop(frames);
  const stopFrames = loop.stop;
  let abort: AbortController | null = null;

  /** The lanes with lane `index` changed; the others keep their identity (no redraw). */
  const withLane = (index: number, patch: Partial<CompareLane>): CompareLane[] =>
    snapshot().lanes.map((lane, k) =>
      k === index ? { ...lane, ...patch, version: lane.version + 1 } : lane,
    );

  const fail = (runToken: number, error: unknown): void => {
    if (runToken !== token) return;
    stopFrames();
    abort?.abort(new DOMException('The comparison failed.', 'AbortError'));
    abort = null;
    const reason = error instanceof Error ? error.message : String(error);
    publish({ ...IDLE_COMPARE, error: `The comparison failed: ${reason}` });
  };

  /** Runs every lane's model on the calls `start` drew, reusing each lane's spec and prediction. */
  const startVirtual = async (
    scenario: Scenario,
    planned: readonly PlannedCall[],
    faults: FanOutPolicyOptions | undefined,
    runToken: number,
  ): Promise<void> => {
    const runs: Array<{ trace: Trace; stats: RunStats; faultStats: FaultStats | null }> = [];
    for (const lane of snapshot().lanes) {
      const trace = await simulateFanOut(planned, lane.spec, faults ? { faults } : {});
      if (runToken !== token) return;
      runs.push({ trace, stats: runStats(trace), faultStats: faults ? faultStats(trace) : null });
    }
    const endMs = Math.max(
      0,
      ...runs.map((run, k) =>
        Math.max(run.trace.makespanMs, snapshot().lanes[k]?.predictedMakespanMs ?? 0),
      ),
    );
    const lanes = snapshot().lanes.map((lane, k) => ({
      ...lane,
      state: 'running' as const,
      data: timelineDataFromTrace((runs[k] as { trace: Trace }).trace),
      version: lane.version + 1,
    }));
    publish({ lanes, axisEndMs: endMs });
    // A lane is done once the shared cursor passes its makespan: its numbers appear then.
    const moveCursor = (nowMs: number): void => {
      const next = snapshot().lanes.map((lane, k) => {
        const run = runs[k] as { stats: RunStats; faultStats: FaultStats | null };
        const stats = run.stats;
        const done = nowMs >= stats.makespanMs;
        return {
          ...lane,
          nowMs: nowMs >= endMs ? Infinity : nowMs,
          version: lane.version + 1,
          state: done ? ('done' as const) : lane.state,
          stats: done ? stats : null,
          faultStats: done ? run.faultStats : null,
        };
      });
      const changed = next.some((lane, k) => lane.state !== snapshot().lanes[k]?.state);
      publish({ lanes: next, ...(changed ? { rows: rowsOf(next) } : {}) });
    };
    if (endMs === 0 || frames.reducedMotion()) {
      moveCursor(endMs);
      publish({ status: 'done' });
      return;
    }
    const startedWallMs = frames.now();
    const tick = (): void => {
      if (runToken !== token) return;
      const nowMs = (frames.now() - startedWallMs) * scenario.speed;
      moveCursor(Math.min(nowMs, endMs));
      if (nowMs >= endMs) publish({ status: 'done' });
      else loop.next(tick);
    };
    loop.next(tick);
  };

  const startLive = async (
    scenario: Scenario,
    engine: LiveEnginePort,
    planned: readonly PlannedCall[],
    faults: FanOutPolicyOptions | undefined,
    runToken: number,
  ): Promise<void> => {
    const controller = new AbortController();
    abort = controller;
    const specs = snapshot().lanes.map((lane) => lane.spec);
    for (const [index, spec] of specs.entries()) {
      const data = pendingLaneData(planned, spec);
      publish({ liveLane: index, lanes: withLane(index, { state: 'running', data, nowMs: 0 }) });
      // Let the finished lane and this one paint before any call is sent: the mocks answer on
      // this main thread, and a render during the run would make the first calls late.
      await new Promise<void>((resolve) => frames.request(() => frames.request(() => resolve())));
      if (runToken !== token) return;
      const startedWallMs = frames.now();
      const tick = (): void => {
        if (runToken !== token) return;
        const nowMs = frames.now() - startedWallMs;
        publish({
          lanes: withLane(index, { nowMs }),
          axisEndMs: Math.max(snapshot().axisEndMs, nowMs),
        });
        loop.next(tick);
      };
      loop.next(tick);
      const result = await engine.run(planned, spec, {
        signal: controller.signal,
        compensate: scenario.compensate,
        ...(faults ? { faults } : {}),
        onEvent: (event) => {
          // Events of another comparison, or of this one's previous model, never land here.
          if (runToken !== token || snapshot().liveLane !== index) return;
          applyLiveEvent(data, event);
          publish({ lanes: withLane(index, {}) });
        },
      });
      if (runToken !== token) return;
      stopFrames();
      const lanes = withLane(index, {
        state: 'done',
        data: timelineDataFromTrace(result.trace),
        nowMs: Infinity,
        stats: runStats(result.trace),
        faultStats: faults ? faultStats(result.trace) : null,
        notes: result.reliability.notes,
      });
      publish({
        lanes,
        rows: rowsOf(lanes),
        axisEndMs: Math.max(snapshot().axisEndMs, result.trace.makespanMs),
      });
    }
    abort = null;
    publish({ status: 'done', liveLane: null });
  };

  const reset = (): void => {
    token += 1;
    stopFrames();
    abort?.abort(new DOMException('The comparison was reset.', 'AbortError'));
    abort = null;
    publish(IDLE_COMPARE);
  };

  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    reset,
    setLiveEngine: (engine) => {
      liveEngine = engine;
    },
    start: (scenario) => {
      reset();
      const runToken = token;
      const planned = planCalls(scenario.calls, scenario.seed);
      const latenciesMs = planned.map((call) => call.latencyMs);
      // With failures the formulas' timeline no longer holds (docs/faults.md): no prediction.
      const holds = predictionHolds(scenario, planned);
      // The faults and policy every model's run uses (planned once for the comparison).
      const faults = faultSetupOf(scenario);
      const lanes: CompareLane[] = MODEL_NAMES.map((model) => {
        const spec = modelSpecOf({ ...scenario, model });
        return {
          model,
          spec,
          state: 'waiting',
          data: pendingLaneData(planned, spec),
          version: 0,
          nowMs: 0,
          predictedMakespanMs: holds ? predict(latenciesMs, spec).makespanMs : null,
          stats: null,
          faultStats: null,
          notes: [],
        };
      });
      publish({
        status: 'running',
        engine: scenario.engine,
        faulty: faults !== undefined,
        lanes,
        rows: rowsOf(lanes),
        axisEndMs: Math.max(0, ...lanes.map((lane) => lane.predictedMakespanMs ?? 0)),
      });
      const engine = liveEngine;
      if (scenario.engine === 'live' && engine === null) {
        fail(runToken, new Error('live runs are unavailable here; use the virtual engine'));
        return;
      }
      // Each model's run may send at most its engine's copies in the worst case (which bounds
      // live calls too): refused before any model runs, as in the Fan-out lab's controller.
      const refused = copyLimitProblem(scenario);
      if (refused !== null) {
        fail(runToken, new Error(refused));
        return;
      }
      if (scenario.engine === 'live' && engine !== null) {
        startLive(scenario, engine, planned, faults, runToken).catch((error: unknown) =>
          fail(runToken, error),
        );
      } else {
        startVirtual(scenario, planned, faults, runToken).catch((error: unknown) =>
          fail(runToken, error),
        );
      }
    },
  };
}
