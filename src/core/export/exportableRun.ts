import type { Millis } from '../clock.ts';
import { faultStats, type FaultStats } from '../faults/faultStats.ts';
import type { FaultPrediction } from '../faults/predictFaults.ts';
import type { Calibration, RunReliability } from '../liveTypes.ts';
import { planScenario, type ScenarioPlan } from '../planScenario.ts';
import { type EngineName, type Scenario } from '../scenario.ts';
import type { ServerTrace } from '../server/serverTrace.ts';
import type { RequestOutcome, Trace } from '../trace.ts';

/** Names every exported file's producer, so a reader can tell which layout it holds. */
export const EXPORT_GENERATOR = {
  name: 'Overlap',
  /** Bumped whenever a field of an export changes meaning or disappears (adding one is fine). */
  formatVersion: 1,
} as const;

/**
 * What theory said of the run. Both `Prediction` (predict.ts, fan-out) and `ServerPrediction`
 * (predictServer.ts) fit as they are; the server one also says how it was computed.
 */
export interface ExportPrediction {
  readonly makespanMs: Millis;
  readonly formula?: string;
  /** The upstream's capacity may bind, so the run can only be slower than `makespanMs`. */
  readonly isLowerBound?: boolean;
}

/** How far a live run can be trusted: what the results panel shows beside it. */
export interface LiveRunDetails {
  /** null when the engine did not report it. */
  readonly reliability: RunReliability | null;
  /** The start-up calibration in effect for the run, or null when it had not been measured. */
  readonly calibration: Calibration | null;
  /** How much sooner each mocked service was asked to answer (0: no compensation), in ms. */
  readonly compensationMs: Millis;
  /**
   * Experiment ms per wall ms of a live Server lab run (liveServerTypes.ts) or of a slowed
   * Fan-out run (LiveRunOptions.timeScale); 1 (the default) at real time. Latencies are divided
   * by it on the wire, which the HAR's URLs show.
   */
  readonly timeScale?: number;
}

/**
 * One finished run, in the shape every exporter reads. A Fan-out run (its Trace, the
 * prediction, the scenario and the engine) and a Server lab run (a ServerTrace, which adds
 * `requests`, and the server prediction) both fit.
 */
export interface ExportableRun {
  /**
   * The scenario the run was started with: its canonical query reproduces the run, and its plan
   * (runPlanOf) is the one the run used.
   */
  readonly scenario: Scenario;
  readonly engine: EngineName;
  /**
   * True when no real request was sent (the virtual engine): the HAR then marks the log and
   * every entry as simulated, so nobody mistakes it for a browser's capture.
   */
  readonly simulated: boolean;
  readonly trace: Trace | ServerTrace;
  /** null when the run has no prediction to show beside it. */
  readonly prediction: ExportPrediction | null;
  /** Live runs only (null for virtual ones). */
  readonly live: LiveRunDetails | null;
  /**
   * What the failures cost and what probability expected (ScenarioRun.faults, the lab's
   * faultStats and faultPrediction). Optional: when absent, exportFaults computes the stats from
   * the trace and takes the prediction from the run's plan; null says the run had neither faults
   * nor a call policy.
   */
  readonly faults?: RunFaults | null;
}

/** A run's failures beside what probability expected of them (docs/faults.md). */
export interface RunFaults {
  readonly stats: FaultStats;
  readonly prediction: FaultPrediction;
}

/** The run's ServerTrace when it is a Server lab run, else null. */
export function serverTraceOf(run: ExportableRun): ServerTrace | null {
  return 'requests' in run.trace ? run.trace : null;
}

/**
 * The plan a Fan-out run was started with, as the labs and the CLI made it: planScenario of its
 * scenario, which draws from the scenario's seed, so the same scenario plans the same calls,
 * attempt planner and predictions. The exporters read the faults' planner and what probability
 * expected from it, never from a setup of their own. Null for a Server lab run, whose requests
 * each draw their own calls (simulateServer).
 */
export function runPlanOf(run: ExportableRun): ScenarioPlan | null {
  return serverTraceOf(run) ? null : planScenario(run.scenario);
}

/**
 * The run's faults section: the one it carries, or else built as simulateScenario does, from the
 * trace (faultStats) and the run's plan (its faultPrediction); null for a run without faults or
 * call policy, and for a Server lab run (which has none).
 */
export function exportFaults(run: ExportableRun): RunFaults | null {
  if (run.faults !== undefined) return run.faults;
  const prediction = runPlanOf(run)?.faultPrediction ?? null;
  return prediction ? { stats: faultStats(run.trace), prediction } : null;
}

/** How a Fan-out run's request ended (undefined for a Server lab run, or a trace without it). */
export function requestOutcomeOf(run: ExportableRun): RequestOutcome | undefined {
  return 'outcome' in run.trace ? run.trace.outcome : undefined;
}
