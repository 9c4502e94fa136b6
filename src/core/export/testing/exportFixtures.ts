import type { Millis } from '../../clock.ts';
import type { ModelSpec } from '../../modelSpec.ts';
import type { CallPolicy } from '../../policy/callPolicy.ts';
import type { Scenario } from '../../scenario.ts';
import { faultyRun, type ScriptedCopy } from '../../testing/faultyTimelineOf.ts';
import { simulateServerScenario } from '../../server/simulateServerScenario.ts';
import { simulateScenario } from '../../simulateScenario.ts';
import type { CallStatus, Trace } from '../../trace.ts';
import { decodeScenario } from '../../urlCodec.ts';
import type { ExportableRun } from '../exportableRun.ts';
import type { ServerTrace } from '../../server/serverTrace.ts';

/** The run start the tests inject (exporters never read the clock). */
export const STARTED_AT_ISO = '2025-01-02T03:04:05.000Z';

export function scenarioOf(query: string): Scenario {
  const { scenario, messages } = decodeScenario(query);
  if (messages.length > 0) throw new Error(messages.map((m) => m.message).join(' '));
  return scenario;
}

/** A virtual Fan-out run of `query`, as the lab would hand it to the exporters. */
export async function fanOutRun(query = ''): Promise<ExportableRun> {
  const scenario = scenarioOf(query);
  const run = await simulateScenario(scenario);
  return {
    scenario,
    engine: 'virtual',
    simulated: true,
    trace: run.trace,
    prediction: run.prediction,
    live: null,
  };
}

/** A virtual Server lab run of `query` (a `lab=server` query). */
export async function serverRun(query: string): Promise<ExportableRun> {
  const scenario = scenarioOf(query);
  const run = await simulateServerScenario(scenario);
  return {
    scenario,
    engine: 'virtual',
    simulated: true,
    trace: run.trace,
    prediction: run.prediction,
    live: null,
  };
}

/**
 * A Server lab run whose responses took `tripMs` to travel back after the handler returned (as
 * in a live run): each worker was freed before the client had the answer (freedAtMs < endedAtMs).
 */
export async function serverRunWithReturnTrip(
  query: string,
  tripMs: number,
): Promise<ExportableRun> {
  const run = await serverRun(query);
  const trace = run.trace as ServerTrace;
  return {
    ...run,
    trace: {
      ...trace,
      requests: trace.requests.map((r) => ({ ...r, freedAtMs: r.endedAtMs - tripMs })),
    },
  };
}

/**
 * A live-looking Fan-out run of the talk's calls under promise-all: late by a few ms like a
 * mocked call, the last one aborted, with the reliability and calibration a live run carries.
 */
export function liveRun(): ExportableRun {
  const ok: CallStatus = 'ok';
  const trace: Trace = {
    calls: [
      { service: 'session', latencyMs: 125, startedAtMs: 0.4, endedAtMs: 126.2, status: ok },
      { service: 'business', latencyMs: 250, startedAtMs: 0.5, endedAtMs: 251.1, status: ok },
      { service: 'user', latencyMs: 375, startedAtMs: 0.5, endedAtMs: 376.9, status: ok },
      {
        service: 'reviews',
        latencyMs: 500,
        startedAtMs: 0.6,
        endedAtMs: 300,
        status: 'aborted' as const,
      },
    ].map((call, index) => ({ ...call, request: 0, index, readyAtMs: 0 })),
    work: [],
    makespanMs: 376.9,
  };
  return {
    scenario: scenarioOf('model=promise-all&engine=live'),
    engine: 'live',
    simulated: false,
    trace,
    prediction: { makespanMs: 500 },
    live: {
      reliability: { hidden: false, maxEventLoopLagMs: 3, saturated: false, notes: [] },
      calibration: { overheadMs: 4.2, spreadMs: 1.1, samples: 12 },
      compensationMs: 11,
    },
  };
}

/**
 * A live run as the engine records it: times read from the browser's high-resolution clock and subtracted, so
 * they carry float noise (0.30000000000000004), with compensation asking each service to answer
 * 62 ms early (the session call's URL says ms=63 for its 125 ms latency).
 */
export function noisyLiveRun(): ExportableRun {
  const ok: CallStatus = 'ok';
  const trace: Trace = {
    calls: [
      {
        service: 'session',
        latencyMs: 125,
        readyAtMs: 0,
        startedAtMs: 0.30000000000000004,
        endedAtMs: 125.89999999999,
      },
      {
        service: 'business',
        latencyMs: 250,
        readyAtMs: 0.04999999999,
        startedAtMs: 0.460000000001,
        endedAtMs: 250.51000000000198,
      },
    ].map((call, index) => ({ ...call, request: 0, index, status: ok })),
    work: [],
    makespanMs: 250.51000000000198,
  };
  return {
    scenario: scenarioOf('model=promise-all&engine=live&calls=125,250'),
    engine: 'live',
    simulated: false,
    trace,
    prediction: { makespanMs: 250 },
    live: {
      reliability: { hidden: false, maxEventLoopLagMs: 3.09999999998, saturated: false, notes: [] },
      calibration: { overheadMs: 4.2300000001, spreadMs: 1.1499999999, samples: 12 },
      compensationMs: 62,
    },
  };
}

/**
 * A virtual Fan-out run with scripted faults (faultyRun): copy k of call i does script[i][k].
 * Its scenario (`query`) only names the run; the exporters recompute nothing from it unless it
 * has faults of its own, so keep it fault-free.
 */
export async function scriptedRun(
  latenciesMs: readonly Millis[],
  spec: ModelSpec,
  script: Readonly<Record<number, readonly ScriptedCopy[]>>,
  policy: Partial<CallPolicy> = {},
  query = `model=${spec.name}`,
): Promise<ExportableRun> {
  const { trace } = await faultyRun(latenciesMs, spec, script, policy);
  return {
    scenario: scenarioOf(query),
    engine: 'virtual',
    simulated: true,
    trace,
    prediction: null,
    live: null,
  };
}

/** business (250 ms) answers 500, then its retry 100 ms later answers 429 (Retry-After 1 s). */
export function retriedRun(): Promise<ExportableRun> {
  return scriptedRun(
    [125, 250],
    { name: 'promise-all' },
    { 1: ['error', 'busy'] },
    { retries: 1, backoffMs: 100, jitter: 'none' },
  );
}

/** business (500 ms) is still out at 150 ms, so it is hedged; the hedge answers first, at 650. */
export function hedgedRun(): Promise<ExportableRun> {
  return scriptedRun(
    [125, 500],
    { name: 'promise-all' },
    { 1: [{ fault: 'ok', ms: 900 }, 'ok'] },
    { hedgeMs: 150 },
  );
}
