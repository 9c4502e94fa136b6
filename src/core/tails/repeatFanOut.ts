import { wireModelOf } from '../connectionCap.ts';
import { hasFaults } from '../faults/faultSettings.ts';
import { worstCaseCopies } from '../faults/worstCaseCopies.ts';
import { drawLatencyMs, type Latency } from '../latency.ts';
import { REPEAT_ENGINE_COPIES } from '../limits.ts';
import { planScenario } from '../planScenario.ts';
import { hedgeDelayMs } from '../policy/hedgeDelayMs.ts';
import { predict } from '../predict.ts';
import { planCalls, type Scenario } from '../scenario.ts';
import { seededRandom } from '../seededRandom.ts';
import { simulateFanOut } from '../simulate.ts';
import type { Trace } from '../trace.ts';

/**
 * Counts whole-ms times: a dense array below DENSE_MS (a Map per call was a third of a
 * 100,000 x 100 run), a Map for the rest (fractions, long tails).
 */
const DENSE_MS = 1 << 16;

class TimeCounter {
  private readonly dense = new Float64Array(DENSE_MS);
  private readonly sparse = new Map<number, number>();

  add(ms: number): void {
    if (ms >= 0 && ms < DENSE_MS && Number.isInteger(ms))
      this.dense[ms] = (this.dense[ms] as number) + 1;
    else this.sparse.set(ms, (this.sparse.get(ms) ?? 0) + 1);
  }

  toMap(): Map<number, number> {
    const counts = new Map(this.sparse);
    for (let ms = 0; ms < DENSE_MS; ms += 1) {
      const count = this.dense[ms] as number;
      if (count > 0) counts.set(ms, count);
    }
    return counts;
  }
}

/** K runs of one Fan-out request with independent draws (DESIGN.md, "Repetitions"). */
export interface RepeatedFanOut {
  readonly repeat: number;
  /** Repetition k's makespan in ms, at index k; index 0 is the single run's. */
  readonly makespansMs: Float64Array;
  /** Every call's time from its send to its answer (ms), over all repetitions: ms -> count. */
  readonly callLatencyCounts: ReadonlyMap<number, number>;
  /** Calls sent over all repetitions (a call with copies counts once). */
  readonly callsSent: number;
  /** Copies sent over all repetitions: every first send, retry and hedge. */
  readonly copiesSent: number;
  /** Hedge copies among them. */
  readonly hedgesSent: number;
  /**
   * `draws`: each repetition's timeline computed from its draws by DESIGN.md's formulas
   * (predict.ts); `engine`: each repetition ran on the virtual engine. The differential test
   * (repeatFanOut.test.ts) proves the two identical wherever `draws` applies.
   */
  readonly path: 'draws' | 'engine';
}

/**
 * Whether repetitions can skip the engine: without faults and timeouts nothing fails, so no
 * retry is ever sent and each run's timeline is DESIGN.md's formula of its draws. A hedge then
 * only shortens a call to min(d0, h + d1) (the copy sent at h draws d1); that holds unless the
 * browser's connections are modelled too (a hedge copy takes a connection of its own).
 */
export function directPathApplies(scenario: Scenario, wireModelled: boolean): boolean {
  const { policy } = scenario;
  const hedged = policy.hedgeMs !== null || policy.hedgePercentile !== null;
  return !hasFaults(scenario.faults) && policy.timeoutMs === null && !(hedged && wireModelled);
}

/**
 * Why `repeat` repetitions of the scenario would take too long, or null when they fit: the
 * direct path runs any K up to REPEAT_RANGE; the engine's path at most REPEAT_ENGINE_COPIES
 * copies in the worst case.
 */
export function repeatLimitProblem(
  scenario: Scenario,
  repeat = scenario.run.repeat,
): string | null {
  // The connection model alone decides (wireModelOf): no need to draw the calls here.
  if (directPathApplies(scenario, wireModelOf(scenario.run) !== null)) return null;
  const perRun = worstCaseCopies(scenario).total;
  if (repeat * perRun <= REPEAT_ENGINE_COPIES) return null;
  const most = Math.max(1, Math.floor(REPEAT_ENGINE_COPIES / Math.max(1, perRun)));
  return (
    `repeat: ${repeat} runs x up to ${perRun} copies each is more than the ` +
    `${REPEAT_ENGINE_COPIES} copies repetitions may send through the engine (faults, ` +
    `timeouts, or a hedge over a connection cap need it); use repeat=${most} or less, or ` +
    'remove the faults and the timeout'
  );
}

/**
 * Runs the scenario's request `repeat` times: repetition k draws every call (and every copy)
 * from streams (seed, k, call index[, copy]), exactly as request k of a run would, so
 * repetition 0 is the single run the lab shows. Takes the direct path when it applies, the
 * engine otherwise. Throws a RangeError with repeatLimitProblem's message past its bound.
 */
export async function repeatFanOut(
  scenario: Scenario,
  repeat = scenario.run.repeat,
): Promise<RepeatedFanOut> {
  if (directPathApplies(scenario, wireModelOf(scenario.run) !== null)) {
    return repeatFromDraws(scenario, repeat);
  }
  const problem = repeatLimitProblem(scenario, repeat);
  if (problem !== null) throw new RangeError(problem);
  return repeatOnEngine(scenario, repeat);
}

/** Every repetition on the virtual engine (the reference the direct path must equal). */
export async function repeatOnEngine(scenario: Scenario, repeat: number): Promise<RepeatedFanOut> {
  const plan = planScenario(scenario);
  const makespansMs = new Float64Array(repeat);
  const counts = new Map<number, number>();
  let copiesSent = 0;
  let hedgesSent = 0;
  let callsSent = 0;
  for (let k = 0; k < repeat; k += 1) {
    const planned = k === 0 ? plan.planned : planCalls(scenario.fanOut.calls, scenario.run.seed, k);
    const trace: Trace = await simulateFanOut(planned, plan.spec, {
      wire: plan.wire,
      ...(plan.faults ? { faults: plan.faults } : {}),
    });
    makespansMs[k] = trace.makespanMs;
    for (const call of trace.calls) {
      if (call.status === 'skipped') continue;
      callsSent += 1;
      const copies = call.attempts ?? [];
      copiesSent += copies.length === 0 && call.attempts === undefined ? 1 : copies.length;
      for (const copy of copies) if (copy.hedge) hedgesSent += 1;
      const ms = call.endedAtMs - call.startedAtMs;
      counts.set(ms, (counts.get(ms) ?? 0) + 1);
    }
  }
  return {
    repeat,
    makespansMs,
    callLatencyCounts: counts,
    callsSent,
    copiesSent,
    hedgesSent,
    path: 'engine',
  };
}

/**
 * Every repetition from its draws (directPathApplies must hold): a call takes its draw d0, or
 * with a hedge at h and d0 > h, min(d0, h + d1); the model's timeline is then predict.ts's
 * formula of those times. Promise-all, offload and sequential runs without a connection model
 * skip even predict's arrays (the bulk of a 100,000 x 100 run).
 */
export function repeatFromDraws(scenario: Scenario, repeat: number): RepeatedFanOut {
  const plan = planScenario(scenario);
  const { seed } = scenario.run;
  const calls = scenario.fanOut.calls;
  const n = calls.length;
  const latencies: Latency[] = calls.map((call) => call.latency);
  const hedges = latencies.map((latency) => hedgeDelayMs(scenario.policy, latency));
  const makespansMs = new Float64Array(repeat);
  const counts = new TimeCounter();
  const times = new Array<number>(n);
  let hedgesSent = 0;
  const spec = plan.spec;
  const simple = plan.wire === null && spec.name !== 'batches' && spec.name !== 'worker-pool';
  const simpleKind = simple && spec.name !== 'throttled' ? spec.name : null;
  for (let k = 0; k < repeat; k += 1) {
    for (let i = 0; i < n; i += 1) {
      const latency = latencies[i] as Latency;
      const firstMs =
        k === 0
          ? (plan.planned[i]?.latencyMs ?? 0)
          : drawLatencyMs(latency, seededRandom(seed, k, i));
      const hedgeMs = hedges[i] ?? null;
      let ms = firstMs;
      if (hedgeMs !== null && firstMs > hedgeMs) {
        hedgesSent += 1;
        // The hedge copy's draw: stream (seed, k, i, 1), as faults/planAttempt.ts plans copy 1.
        ms = Math.min(firstMs, hedgeMs + drawLatencyMs(latency, seededRandom(seed, k, i, 1)));
      }
      times[i] = ms;
    }
    if (simpleKind === 'promise-all' || simpleKind === 'offload' || simpleKind === 'sequential') {
      let makespan = simpleKind === 'offload' && spec.name === 'offload' ? spec.workMs : 0;
      for (let i = 0; i < n; i += 1) {
        const ms = times[i] as number;
        counts.add(ms);
        makespan = simpleKind === 'sequential' ? makespan + ms : Math.max(makespan, ms);
      }
      makespansMs[k] = makespan;
    } else {
      const timeline = predict(times, spec, plan.wire);
      for (let i = 0; i < n; i += 1) {
        const ms = (timeline.endsMs[i] as number) - (timeline.startsMs[i] as number);
        counts.add(ms);
      }
      makespansMs[k] = timeline.makespanMs;
    }
  }
  return {
    repeat,
    makespansMs,
    callLatencyCounts: counts.toMap(),
    callsSent: repeat * n,
    copiesSent: repeat * n + hedgesSent,
    hedgesSent,
    path: 'draws',
  };
}
