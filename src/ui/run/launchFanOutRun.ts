import { copyLimitProblem } from '../../core/faults/copyLimitProblem.ts';
import type { Scenario } from '../../core/scenario.ts';
import type { LiveEnginePort } from '../liveEnginePort.ts';
import type { RunSession } from './runSession.ts';

/** The two ways a Fan-out or Compare run goes: on the live engine, or simulated. */
export interface FanOutRunners {
  readonly live: (engine: LiveEnginePort) => Promise<void>;
  readonly virtual: () => Promise<void>;
}

/**
 * Launches a Fan-out or Compare run on the scenario's engine, or fails it before anything runs:
 * when live runs are unavailable here, or when its worst case of copies is over its engine's
 * bound (src/core/limits.ts). The URL codec keeps links within that bound; this refuses what
 * the controls can still build. Every call sends at least one copy, so on the live engine it
 * bounds the calls too (for Compare: each model's run).
 */
export function launchFanOutRun<S extends object>(
  session: RunSession<S>,
  runToken: number,
  scenario: Scenario,
  engine: LiveEnginePort | null,
  runners: FanOutRunners,
): void {
  if (scenario.run.engine === 'live' && engine === null) {
    session.fail(runToken, new Error('live runs are unavailable here; use the virtual engine'));
    return;
  }
  const refused = copyLimitProblem(scenario);
  if (refused !== null) {
    session.fail(runToken, new Error(refused));
    return;
  }
  session.launch(runToken, () =>
    scenario.run.engine === 'live' && engine !== null ? runners.live(engine) : runners.virtual(),
  );
}
