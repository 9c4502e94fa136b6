import { roundMs, roundTimes, VIRTUAL_TIME_STEP_MS } from '../core/export/roundTimes.ts';
import { callRecord, outcomeRecord, workRecord } from '../core/export/records.ts';
import type { ScenarioRun } from '../core/simulateScenario.ts';

/**
 * The CLI's JSON: a public contract, documented in the README. Its fields, in order: the head
 * (everything but the spans), then `calls` and `work`, then any `extra` fields (the repeat
 * report, the network run's notes).
 */
export function simulationJson(
  run: ScenarioRun,
  query: string,
  extra: Readonly<Record<string, unknown>> = {},
): object {
  return {
    ...simulationHead(run, query),
    calls: run.trace.calls.map(roundedCall),
    work: run.trace.work.map(roundedWork),
    ...extra,
  };
}

/** How many spans one chunk of the streamed JSON holds. */
export const SPANS_PER_CHUNK = 1000;

/**
 * The same JSON text as `JSON.stringify(simulationJson(run, query, extra))`, in chunks of at
 * most SPANS_PER_CHUNK spans: a 100,000-call run's JSON is never built whole (nor its records),
 * so the CLI can write it as it goes (issue 16). Proven equal to the whole text in tests.
 */
export function* simulationJsonChunks(
  run: ScenarioRun,
  query: string,
  extra: Readonly<Record<string, unknown>> = {},
): Generator<string> {
  const head = JSON.stringify(simulationHead(run, query));
  yield `${head.slice(0, -1)},"calls":[`;
  yield* spanChunks(run.trace.calls, callRecord);
  yield '],"work":[';
  yield* spanChunks(run.trace.work, workRecord);
  const tail = JSON.stringify(extra);
  yield tail === '{}' ? ']}' : `],${tail.slice(1)}`;
}

function* spanChunks<S>(spans: readonly S[], record: (span: S) => object): Generator<string> {
  for (let from = 0; from < spans.length; from += SPANS_PER_CHUNK) {
    const texts: string[] = [];
    const to = Math.min(from + SPANS_PER_CHUNK, spans.length);
    for (let i = from; i < to; i += 1) {
      texts.push(JSON.stringify(record(spans[i] as S), roundedTimeField));
    }
    yield (from === 0 ? '' : ',') + texts.join(',');
  }
}

/**
 * roundTimes as a JSON.stringify replacer, for span records: it rounds every number of a field
 * named `…Ms`, as roundTimes does, without copying the record first (a third of the streamed
 * run's time). Equal to roundTimes only where no `…Ms` field holds an object or array, which
 * holds for call and work records (the streamed text is tested equal to the whole one).
 */
function roundedTimeField(key: string, value: unknown): unknown {
  return typeof value === 'number' && key.endsWith('Ms')
    ? roundMs(value, VIRTUAL_TIME_STEP_MS)
    : value;
}

/** Everything but the spans, times rounded (roundTimes.ts). */
function simulationHead(run: ScenarioRun, query: string): object {
  return roundTimes(
    {
      scenario: query,
      makespanMs: run.trace.makespanMs,
      // null when faults or the call policy leave the makespan without a closed form.
      predictedMakespanMs: run.prediction?.makespanMs ?? null,
      // Calls started and not finished, and copies on the wire (retries, hedges): README "Numbers".
      peakCallsInFlight: run.stats.peakCallsInFlight,
      peakRequestsOnWire: run.stats.peakRequestsOnWire,
      totalWaitMs: run.stats.totalWaitMs,
      // How the request ended: ok, partial (allSettled with failures) or failed, and when.
      outcome: outcomeRecord(run.trace.outcome),
      // What the failures cost beside what probability expected; null without faults or policy.
      faults: run.faults ? { stats: run.faults.stats, prediction: run.faults.prediction } : null,
    },
    VIRTUAL_TIME_STEP_MS,
  );
}

// Each call with `copies` (every copy sent and its outcome) when it has faults or a policy.
// Times to the µs (roundTimes.ts): whole ms as they are, fractions without float noise; the
// rounding is per field, so a record rounds alone exactly as inside the whole document.
const roundedCall = (span: ScenarioRun['trace']['calls'][number]): unknown =>
  roundTimes(callRecord(span), VIRTUAL_TIME_STEP_MS);
const roundedWork = (span: ScenarioRun['trace']['work'][number]): unknown =>
  roundTimes(workRecord(span), VIRTUAL_TIME_STEP_MS);
