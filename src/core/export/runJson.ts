import { serverStats } from '../server/serverStats.ts';
import { runStats } from '../stats.ts';
import { encodeScenario } from '../urlCodec.ts';
import {
  EXPORT_GENERATOR,
  exportFaults,
  requestOutcomeOf,
  serverTraceOf,
  type ExportableRun,
} from './exportableRun.ts';
import { callRecord, outcomeRecord, requestRecord, workRecord } from './records.ts';
import { roundTimes, timeStepMsOf } from './roundTimes.ts';

export interface RunJsonOptions {
  /**
   * When the run started, ISO 8601 (the caller reads the clock: core never does); every time in
   * the file counts in ms from that instant. null or absent writes `startedAt: null`.
   */
  readonly startedAtIso?: string | null;
}

/**
 * The run as a JSON document (2-space indented): the scenario's canonical query (paste it after
 * `?` to get the same scenario and seed back), engine, makespan beside the prediction, stats,
 * how the request ended (`outcome`), its failures beside their prediction (`faults`, when the
 * run had faults or a call policy), every call with its copies (and every request of a Server lab
 * run), local work, and for live runs what the page measured of its own reliability. Field names follow the CLI's JSON (`npm run sim`).
 * Numbers that do not exist (a percentile of no requests) are written as null. Every time (a
 * field named `…Ms`) is rounded by roundTimes: to 0.1 ms in a live run, µs in a virtual one.
 */
export function runJson(run: ExportableRun, options: RunJsonOptions = {}): string {
  const { trace, scenario, prediction, live } = run;
  const server = serverTraceOf(run);
  const calls = runStats(trace);
  const stats = server
    ? {
        ...serverStats(server),
        peakCallsInFlight: calls.peakCallsInFlight,
        peakRequestsOnWire: calls.peakRequestsOnWire,
        totalWaitMs: calls.totalWaitMs,
        callCount: calls.callCount,
      }
    : calls;
  const json = {
    generator: { ...EXPORT_GENERATOR, format: 'overlap-run' },
    scenario: encodeScenario(scenario),
    kind: server ? 'server' : 'fanout',
    model: scenario.fanOut.model,
    seed: scenario.run.seed,
    engine: run.engine,
    simulated: run.simulated,
    startedAt: options.startedAtIso ?? null,
    makespanMs: trace.makespanMs,
    predictedMakespanMs: prediction?.makespanMs ?? null,
    prediction:
      prediction && (prediction.formula !== undefined || prediction.isLowerBound !== undefined)
        ? { formula: prediction.formula ?? null, isLowerBound: prediction.isLowerBound ?? false }
        : null,
    stats,
    // How the request ended (null for a Server lab run, whose requests all answer).
    outcome: outcomeRecord(requestOutcomeOf(run)),
    // Failures and what probability expected of them; null without faults or call policy.
    faults: exportFaults(run),
    ...(server
      ? {
          requests: server.requests.map(requestRecord),
        }
      : {}),
    calls: trace.calls.map((span) => callRecord(span)),
    work: trace.work.map(workRecord),
    live: live
      ? {
          reliability: live.reliability,
          calibration: live.calibration,
          compensationMs: live.compensationMs,
          timeScale: live.timeScale ?? 1,
        }
      : null,
  };
  return `${JSON.stringify(roundTimes(json, timeStepMsOf(run)), null, 2)}\n`;
}
