import { roundTimes, VIRTUAL_TIME_STEP_MS } from '../core/export/roundTimes.ts';
import { callRecord, requestRecord, workRecord } from '../core/export/records.ts';
import type { ServerScenarioRun } from '../core/server/simulateServerScenario.ts';
import { runStats } from '../core/stats.ts';
import { loadSummary } from '../core/queueing/loadSummary.ts';
import { jsonChunks, jsonDocument, spanList, type SpanList } from './jsonChunks.ts';
import { loadJson } from './loadJson.ts';

/**
 * The CLI's JSON for `lab=server`: a public contract, documented in the README. It keeps the
 * fan-out JSON's fields (makespanMs is then the time of the last response, calls hold every
 * request's calls in request order) and adds requests, the prediction's reasoning and the stats,
 * and the load's queueing figures (loadJson.ts).
 */
export function serverJson(run: ServerScenarioRun, query: string): object {
  return jsonDocument(serverHead(run, query), serverSpans(run));
}

/**
 * The same JSON text as `JSON.stringify(serverJson(run, query))`, in chunks (jsonChunks.ts): a
 * load test of up to a million calls is written as it goes, never built whole.
 */
export function serverJsonChunks(run: ServerScenarioRun, query: string): Generator<string> {
  return jsonChunks(serverHead(run, query), serverSpans(run));
}

/** Every request, every call and every piece of local work, in that order. */
function serverSpans(run: ServerScenarioRun): SpanList[] {
  const { trace } = run;
  return [
    spanList('requests', trace.requests, requestRecord),
    spanList('calls', trace.calls, callRecord),
    spanList('work', trace.work, workRecord),
  ];
}

/** Everything but the spans; times to the µs (roundTimes.ts), fractions without float noise. */
function serverHead(run: ServerScenarioRun, query: string): object {
  const { trace, prediction, stats } = run;
  const calls = runStats(trace);
  return roundTimes(
    {
      scenario: query,
      makespanMs: trace.makespanMs,
      predictedMakespanMs: prediction.makespanMs,
      prediction: {
        method: prediction.method,
        formula: prediction.formula,
        slots: prediction.slots,
        maxCallsInFlight: prediction.maxCallsInFlight,
        upstreamMayBind: prediction.upstreamMayBind,
        isLowerBound: prediction.isLowerBound,
      },
      // The fan-out JSON's two peaks over every request's calls (equal here: no retries or hedges).
      peakCallsInFlight: calls.peakCallsInFlight,
      peakRequestsOnWire: calls.peakRequestsOnWire,
      totalWaitMs: calls.totalWaitMs,
      throughputPerSec: stats.throughputPerSec,
      latencyMs: stats.latencyMs,
      latencyFromSentMs: stats.latencyFromSentMs,
      ...loadJson(loadSummary(run.input, trace)),
      peaks: {
        inFlightAtClient: stats.peakInFlightAtClient,
        waitingAtServer: stats.peakWaitingAtServer,
        busyWorkers: stats.peakBusyWorkers,
        waitingAtUpstream: stats.peakWaitingAtUpstream,
        servedByUpstream: stats.peakServedByUpstream,
      },
    },
    VIRTUAL_TIME_STEP_MS,
  );
}
