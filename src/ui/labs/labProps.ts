import type { Scenario } from '../../core/scenario.ts';
import type { LiveEnginePort } from '../liveEnginePort.ts';
import type { LiveServerPort } from '../liveServerPort.ts';
import type { NetworkAccess } from '../networkEnginePort.ts';
import type { WorkerState } from '../workerState.ts';

/** What every lab receives from the shell: the scenario (owned by the address) and the engines. */
export interface LabProps {
  readonly scenario: Scenario;
  /** Records an edit in the address (a history entry); receives only valid scenarios. */
  readonly setScenario: (next: Scenario) => void;
  readonly worker: WorkerState;
  /** The live engine, or null while the worker starts or when it is unavailable. */
  readonly live: LiveEnginePort | null;
  /** The live server engine (the Server lab), or null when live runs are unavailable. */
  readonly liveServer?: LiveServerPort | null;
  /** The network engine (Overlap's own server), or why it is unavailable; absent: never offered. */
  readonly network?: NetworkAccess;
}
