import { faultStats } from '../core/faults/faultStats.ts';
import { MAX_LIVE_CALLS } from '../core/limits.ts';
import { createModel, sendsEveryCall } from '../core/models/createModel.ts';
import { planScenario } from '../core/planScenario.ts';
import { runFanOut } from '../core/runFanOut.ts';
import type { Scenario } from '../core/scenario.ts';
import type { ScenarioRun } from '../core/simulateScenario.ts';
import { makespanOf, runStats } from '../core/stats.ts';
import { createNodeClock } from './nodeClock.ts';
import { createNodeFetchTransport } from './nodeFetchTransport.ts';

/**
 * Said with every network run of the CLI: the contrast with a browser is the lesson.
 */
export const NODE_FETCH_NOTE =
  "Node's fetch has no six-connection cap: it opens a connection per call in flight, so " +
  'promise-all over twelve 500 ms calls takes ~500 ms here, where Chromium over HTTP/1.1 ' +
  'queues the 7th to 12th behind the first six and takes ~1000 ms (open the app from ' +
  '`npm start` with engine=network to see it).';

/**
 * Runs a Fan-out scenario on the network engine from Node: the scenario's planned calls (the
 * same seeded draws and faults as the virtual run), the model's same code on a real clock, and
 * each copy a real fetch() to the upstream at `origin`. The result has the virtual run's shape,
 * with the formulas' prediction beside it.
 */
export async function runNetworkScenario(scenario: Scenario, origin: string): Promise<ScenarioRun> {
  if (scenario.lab === 'server') {
    throw new Error(
      "engine=network runs one request of the Fan-out or Compare lab; the Server lab's load " +
        'test (lab=server) runs on the virtual engine: leave out engine=network.',
    );
  }
  const plan = planScenario(scenario);
  if (plan.planned.length > MAX_LIVE_CALLS) {
    throw new Error(
      `engine=network sends at most ${MAX_LIVE_CALLS} calls (each a real request) and this ` +
        `scenario has ${plan.planned.length}: use fewer calls, or the virtual engine.`,
    );
  }
  const runId = `cli-${process.pid}-${Date.now().toString(36)}`;
  // Node loads its fetch (undici) on the first call, ~100 ms of blocking work that would delay
  // every later send of the run: one call before the clock starts pays it. It also tells an
  // unreachable upstream apart from a failing call.
  await warmUp(origin);
  const result = await runFanOut({
    clock: createNodeClock(),
    calls: plan.planned,
    model: createModel(plan.spec),
    transport: createNodeFetchTransport({ origin, runId }),
    readyAtMs: 0,
    ...(plan.faults ? { faults: plan.faults } : {}),
    sendsEveryCall: sendsEveryCall(plan.spec),
  });
  const trace = {
    calls: result.calls,
    work: result.work,
    makespanMs: makespanOf(result),
    outcome: result.outcome,
  };
  return {
    planned: plan.planned,
    trace,
    prediction: plan.prediction,
    stats: runStats(trace),
    faults: plan.faultPrediction
      ? { stats: faultStats(trace), prediction: plan.faultPrediction }
      : null,
  };
}

async function warmUp(origin: string): Promise<void> {
  const url = new URL('/__overlap/network', origin);
  try {
    await (await fetch(url)).text();
  } catch (error) {
    throw new Error(
      `The upstream at ${origin} did not answer ${url.pathname} ` +
        `(${error instanceof Error ? error.message : String(error)}): start it with \`npm start\` ` +
        'and pass its HTTP/1.1 origin to --upstream, or leave --upstream out to start one here.',
      { cause: error },
    );
  }
}
