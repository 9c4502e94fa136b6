import { MODEL_NAMES } from '../../../core/modelSpec.ts';
import { PROTOCOL_NAMES } from '../../../core/runSettings.ts';
import { planScenario, type ScenarioPlan } from '../../../core/planScenario.ts';
import type { Scenario } from '../../../core/scenario.ts';
import { faultStats, type FaultStats } from '../../../core/faults/faultStats.ts';
import { simulateFanOut } from '../../../core/simulate.ts';
import { runStats, type RunStats } from '../../../core/stats.ts';
import type { Trace } from '../../../core/trace.ts';
import type { LiveEnginePort } from '../../liveEnginePort.ts';
import type { FrameSource } from '../../run/frameSource.ts';
import { launchFanOutRun } from '../../run/launchFanOutRun.ts';
import { liveScalePlanOf } from '../../run/liveScalePlanOf.ts';
import { calibrationWhenKnown } from '../../run/calibrationWhenKnown.ts';
import { createRunSession } from '../../run/runSession.ts';
import type { SessionController } from '../../run/sessionController.ts';
import { timelineDataFromTrace } from '../../timeline/index.ts';
import { applyLiveEvent, pendingLaneData } from './liveLaneData.ts';
import { IDLE_COMPARE, rowsOf, type CompareLane, type CompareSnapshot } from './compareSnapshot.ts';

export interface CompareController extends SessionController<CompareSnapshot, LiveEnginePort> {
  /** Runs the scenario's calls under every model, resetting any comparison in progress first. */
  readonly start: (scenario: Scenario) => void;
  /** The time scale of the next live comparisons: the person's, or null for the planner's. */
  readonly setLiveScale: (chosenScale: number | null) => void;
}

/**
 * The Compare lab's runs on a run session (run/runSession.ts): idle -> running -> done, and back
 * to idle on reset. Virtual: all six models are simulated at once, then replayed together under
 * one cursor. Live: the models run one after another, never together, since calls answered on
 * the same main thread would disturb each other's timings.
 */
export function createCompareController(
  frames: FrameSource,
  initialLive: LiveEnginePort | null = null,
): CompareController {
  let liveEngine = initialLive;
  let chosenScale: number | null = null;
  const session = createRunSession<CompareSnapshot>(frames, {
    idle: IDLE_COMPARE,
    noun: 'comparison',
    failedTo: (reason) => ({ ...IDLE_COMPARE, error: `The comparison failed: ${reason}` }),
    leftTo: (note) => ({ ...IDLE_COMPARE, error: note }),
  });
  const { publish } = session;
  const snapshot = session.getSnapshot;

  /** The lanes with lane `index` changed; the others keep their identity (no redraw). */
  const withLane = (index: number, patch: Partial<CompareLane>): CompareLane[] =>
    snapshot().lanes.map((lane, k) =>
      k === index ? { ...lane, ...patch, version: lane.version + 1 } : lane,
    );

  /** Runs every lane's model on the calls `start` drew, reusing each lane's spec and prediction. */
  const startVirtual = async (
    scenario: Scenario,
    plan: ScenarioPlan,
    runToken: number,
  ): Promise<void> => {
    const { planned, faults } = plan;
    const runs: Array<{ trace: Trace; stats: RunStats; faultStats: FaultStats | null }> = [];
    for (const lane of snapshot().lanes) {
      const trace = await simulateFanOut(planned, lane.spec, {
        ...(faults ? { faults } : {}),
        wire: lane.wire,
      });
      if (!session.isCurrent(runToken)) return;
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
    const finish = (): void => {
      moveCursor(endMs);
      publish({ status: 'done' });
    };
    if (session.atOnce(endMs)) {
      finish();
      return;
    }
    session.replay(runToken, {
      fromMs: 0,
      endMs,
      rate: scenario.run.speed,
      onFrame: moveCursor,
      onEnd: finish,
    });
  };

  const startLive = async (
    scenario: Scenario,
    engine: LiveEnginePort,
    plan: ScenarioPlan,
    runToken: number,
  ): Promise<void> => {
    const { planned, faults } = plan;
    const specs = snapshot().lanes.map((lane) => lane.spec);
    // One scale for every lane, the slowest any needs, so the lanes compare (planLiveLanes).
    const signal = session.liveSignal();
    const calibration = await calibrationWhenKnown(engine, signal);
    const liveScale = await liveScalePlanOf(scenario, plan, specs, calibration, chosenScale);
    if (!session.isCurrent(runToken)) return;
    publish({ liveScale });
    const timeScale = liveScale?.timeScale ?? 1;
    for (const [index, spec] of specs.entries()) {
      const data = pendingLaneData(planned, spec);
      publish({ liveLane: index, lanes: withLane(index, { state: 'running', data, nowMs: 0 }) });
      // The finished lane and this one paint before any of this model's calls is sent.
      if (!(await session.afterPaint(runToken))) return;
      // The lane's cursor follows experiment time (the scenario's ms), not wall time.
      session.follow(runToken, timeScale, (nowMs) =>
        publish({
          lanes: withLane(index, { nowMs }),
          axisEndMs: Math.max(snapshot().axisEndMs, nowMs),
        }),
      );
      const result = await engine.run(planned, spec, {
        signal,
        compensate: scenario.run.compensate,
        ...(faults ? { faults } : {}),
        timeScale,
        marginMs: liveScale?.marginMs ?? 0,
        onEvent: (event) => {
          // Events of another comparison, or of this one's previous model, never land here.
          if (!session.isCurrent(runToken) || snapshot().liveLane !== index) return;
          applyLiveEvent(data, event);
          publish({ lanes: withLane(index, {}) });
        },
      });
      if (!session.isCurrent(runToken)) return;
      session.stopFrames();
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
    session.settle();
    publish({ status: 'done', liveLane: null });
  };

  return {
    getSnapshot: session.getSnapshot,
    subscribe: session.subscribe,
    reset: session.reset,
    leave: session.leave,
    setLive: (engine) => {
      liveEngine = engine;
    },
    setLiveScale: (scale) => {
      chosenScale = scale;
    },
    start: (scenario) => {
      const runToken = session.begin();
      // The calls, faults and policy every model's run uses (planned once for the comparison).
      const plan = planScenario(scenario);
      // By protocol: the scenario's model over each protocol, always on the virtual engine (the
      // live engine's mocks open no socket, so both lanes would be the same).
      const byProtocol = scenario.run.compareBy === 'protocols';
      const laneKeys = byProtocol
        ? PROTOCOL_NAMES.map((protocol) => ({ model: scenario.fanOut.model, protocol }))
        : MODEL_NAMES.map((model) => ({ model, protocol: null }));
      const lanes: CompareLane[] = laneKeys.map(({ model, protocol }) => {
        const { spec, wire, prediction } = plan.under(model, protocol ?? undefined);
        return {
          model,
          spec,
          wire,
          protocol,
          state: 'waiting',
          data: pendingLaneData(plan.planned, spec),
          version: 0,
          nowMs: 0,
          predictedMakespanMs: prediction?.makespanMs ?? null,
          stats: null,
          faultStats: null,
          notes: [],
        };
      });
      publish({
        status: 'running',
        // By protocol, and a network scenario until the page has a network engine: virtual.
        engine: byProtocol || scenario.run.engine === 'network' ? 'virtual' : scenario.run.engine,
        faulty: plan.faults !== undefined,
        lanes,
        rows: rowsOf(lanes),
        axisEndMs: Math.max(0, ...lanes.map((lane) => lane.predictedMakespanMs ?? 0)),
      });
      const launched = byProtocol
        ? { ...scenario, run: { ...scenario.run, engine: 'virtual' as const } }
        : scenario;
      launchFanOutRun(session, runToken, launched, liveEngine, {
        live: (engine) => startLive(scenario, engine, plan, runToken),
        virtual: () => startVirtual(scenario, plan, runToken),
      });
    },
  };
}
