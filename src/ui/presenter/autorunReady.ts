import type { Scenario } from '../../core/scenario.ts';
import type { NetworkAccess } from '../networkEnginePort.ts';
import type { WorkerState } from '../workerState.ts';

/**
 * Whether `autorun=1` may start now: once the engine the scenario asks for is known. A live run
 * waits for the mock worker; a network run waits for the probe of Overlap's server (a run
 * started while it looks would stand in with the virtual engine and say the server is missing,
 * as a slide deck's autorun did on a page served by `npm start`). Other engines are always known.
 */
export function autorunReady(
  scenario: Scenario,
  worker: WorkerState,
  network: NetworkAccess | undefined,
): boolean {
  switch (scenario.run.engine) {
    case 'live':
      return worker.kind !== 'starting';
    case 'network':
      return network === undefined || network.kind !== 'checking';
    default:
      return true;
  }
}
