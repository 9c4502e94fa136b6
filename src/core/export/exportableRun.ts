import type { Millis } from '../clock.ts';
import { hasFaultsOrPolicy } from '../faults/faultSetup.ts';
import { faultStats, type FaultStats } from '../faults/faultStats.ts';
import { predictScenarioFaults, type FaultPrediction } from '../faults/predictFaults.ts';
import type { Calibration, RunReliability } from '../liveTypes.ts';
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
   * Experiment ms per wall ms of a live Server lab run (liveServerTypes.ts); 1 (the default)
   * for fan-out runs. Latencies are divided by it on the wire, which the HAR's URLs show.
   */
  readonly timeScale?: number;
}

/**
 * One finished run, in the shape every exporter reads. A Fan-out run (its Trace, the
 * prediction, the scenario and the engine) and a Server lab run (a ServerTrace, which adds
 * `requests`, and the server prediction) both fit.
 */
export interface ExportableRun {
  /** The scenario the run was started with: its canonical query reproduces the run. */
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
   * faultStats and faultPrediction). Optional: when absent, exportFaults computes both from the
   * trace and the scenario; null says the run had neither faults nor a call policy.
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
 * The run's faults section: the one it carries, or else computed as simulateScenario does, from
 * the trace (faultStats) and the scenario (predictFaults); null for a run without faults or call
 * policy, and for a Server lab run (which has none).
 */
export function exportFaults(run: ExportableRun): RunFaults | null {
  if (run.faults !== undefined) return run.faults;
  if (serverTraceOf(run) || !hasFaultsOrPolicy(run.scenario)) return null;
  const { scenario } = run;
  return {
    stats: faultStats(run.trace),
    prediction: predictScenarioFaults(scenario),
  };
}

/** How a Fan-out run's request ended (undefined for a Server lab run, or a trace without it). */
export function requestOutcomeOf(run: ExportableRun): RequestOutcome | undefined {
  return 'outcome' in run.trace ? run.trace.outcome : undefined;
}
