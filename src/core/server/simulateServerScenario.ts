import type { Scenario } from '../scenario.ts';
import type { VirtualRunOptions } from '../virtualClock.ts';
import { predictServer, type ServerPrediction } from './predictServer.ts';
import { serverRunInputOf, type ServerRunInput } from './serverRunInput.ts';
import { serverStats, type ServerStats } from './serverStats.ts';
import type { ServerTrace } from './serverTrace.ts';
import { simulateServer } from './simulateServer.ts';

/** A virtual Server lab run of a scenario with what theory predicted for it. */
export interface ServerScenarioRun {
  readonly input: ServerRunInput;
  readonly trace: ServerTrace;
  readonly prediction: ServerPrediction;
  readonly stats: ServerStats;
}

/** Runs the scenario's load test on the virtual engine and predicts it. */
export async function simulateServerScenario(
  scenario: Scenario,
  options: VirtualRunOptions = {},
): Promise<ServerScenarioRun> {
  const input = serverRunInputOf(scenario);
  const trace = await simulateServer(input, options);
  return { input, trace, prediction: predictServer(input), stats: serverStats(trace) };
}
