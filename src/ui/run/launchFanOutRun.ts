import { copyLimitProblem } from '../../core/faults/copyLimitProblem.ts';
import type { Scenario } from '../../core/scenario.ts';
import type { LiveEnginePort } from '../liveEnginePort.ts';
import type { NetworkEnginePort } from '../networkEnginePort.ts';
import type { RunSession } from './runSession.ts';

/** The ways a Fan-out or Compare run goes: on the live engine, simulated, or on the network. */
export interface FanOutRunners {
  readonly live: (engine: LiveEnginePort) => Promise<void>;
  /** `standIn`: the run asked for the network engine, unavailable here (see launchFanOutRun). */
  readonly virtual: (standIn?: boolean) => Promise<void>;
  /** Absent: the lab does not offer the network engine (its runs are virtual). */
  readonly network?: (engine: NetworkEnginePort) => Promise<void>;
}

/**
 * Launches a Fan-out or Compare run on the scenario's engine (a network run without the network
 * engine runs virtual, see below), or fails it before anything runs:
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
  network: NetworkEnginePort | null = null,
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
  session.launch(runToken, () => {
    if (scenario.run.engine === 'live' && engine !== null) return runners.live(engine);
    if (scenario.run.engine !== 'network') return runners.virtual();
    // A network run where there is no server (a static build) is never a failing run: the
    // virtual engine stands in, with the browser's connection cap (wireModelOf), and says so.
    if (network !== null && runners.network) return runners.network(network);
    return runners.virtual(true);
  });
}
