import type { Millis } from '../../core/clock.ts';
import type { ModelName } from '../../core/modelSpec.ts';
import type { EngineName, LabName } from '../../core/scenario.ts';
import type { CallStatus, RequestOutcome } from '../../core/trace.ts';
import { callStatusOf, type TimelineData } from '../timeline/index.ts';

/** One call of a finished run (the CLI's field names, times in ms from the request's start). */
export interface SummaryCall {
  readonly index: number;
  readonly service: string;
  readonly latencyMs: Millis;
  readonly readyAtMs: Millis;
  readonly startedAtMs: Millis;
  readonly endedAtMs: Millis;
  /** ok, failed, timeout, cancelled, skipped or aborted (docs/faults.md). */
  readonly status: CallStatus;
}

/** One model's figures (the Compare lab lists every model's). */
export interface ModelFigures {
  readonly model: ModelName;
  readonly makespanMs: Millis;
  readonly predictedMakespanMs: Millis | null;
  /** Kept for hosts written before the split below: the same number as peakCallsInFlight. */
  readonly peakInFlight: number;
  /** Most calls started and not finished at once. */
  readonly peakCallsInFlight: number;
  /** Most copies (first sends, retries, hedges) on the wire at once. */
  readonly peakRequestsOnWire: number;
  readonly totalWaitMs: Millis;
}

/**
 * A finished run, as `overlap:run-finished` carries it to the parent page: the one shape every
 * lab's summary takes (each lab builds its own, beside its lab: fanOutSummary, compareSummary,
 * serverSummary).
 */
export interface RunSummary {
  readonly lab: LabName;
  readonly model: ModelName;
  readonly engine: EngineName;
  readonly makespanMs: Millis;
  /** null when the lab computed no prediction. */
  readonly predictedMakespanMs: Millis | null;
  /**
   * The lab's headline peak, kept for hosts written before the split below: calls started and
   * not finished in Fan-out and Compare (= peakCallsInFlight), busy workers in the Server lab.
   */
  readonly peakInFlight: number;
  /** Fan-out and Compare: most calls started and not finished at once. */
  readonly peakCallsInFlight?: number;
  /** Fan-out and Compare: most copies (first sends, retries, hedges) on the wire at once. */
  readonly peakRequestsOnWire?: number;
  readonly totalWaitMs: Millis;
  /** Every call of `model`'s run, in scenario order. */
  readonly calls: readonly SummaryCall[];
  /** The Compare lab only: every model's figures, in MODEL_NAMES order. */
  readonly models?: readonly ModelFigures[];
  /**
   * Runs with faults or a call policy (the Fan-out lab): how the request ended, the share of
   * calls answered, copies sent per call and the call time wasted (docs/faults.md).
   */
  readonly failures?: {
    readonly outcome: RequestOutcome | null;
    readonly successPct: number;
    readonly copiesPerCall: number;
    readonly wastedMs: Millis;
  };
}

/** The timeline's calls as plain objects (structured-clone and JSON friendly). */
export function summaryCalls(data: TimelineData): SummaryCall[] {
  return Array.from({ length: data.count }, (_, i) => ({
    index: i,
    service: data.serviceNames[data.serviceIndex[i] ?? 0] ?? '',
    latencyMs: data.latencyMs[i] ?? 0,
    readyAtMs: data.readyAtMs[i] ?? 0,
    startedAtMs: data.startedAtMs[i] ?? 0,
    endedAtMs: data.endedAtMs[i] ?? 0,
    status: data.status
      ? callStatusOf(data.status[i] ?? 0)
      : data.aborted[i] === 1
        ? 'aborted'
        : 'ok',
  }));
}
