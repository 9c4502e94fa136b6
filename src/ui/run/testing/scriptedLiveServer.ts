import type {
  LiveServerPort,
  LiveServerResult,
  LiveServerRunOptions,
} from '../../liveServerPort.ts';
import type { ServerRunInput } from '../../../core/server/serverRunInput.ts';

/** One run the scripted port was asked for, settled (or failed) by the test. */
export interface ScriptedServerRun {
  readonly input: ServerRunInput;
  readonly options: LiveServerRunOptions;
  readonly resolve: (result: LiveServerResult) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * A stand-in for the live server engine (the real one is tested against MSW where it lives): it
 * records each run's input and options and lets the test push events and settle runs by hand.
 * Like the real port, a run rejects with the signal's reason when aborted.
 */
export function scriptedLiveServer(): { port: LiveServerPort; runs: ScriptedServerRun[] } {
  const runs: ScriptedServerRun[] = [];
  const port: LiveServerPort = {
    run: (input, options) =>
      new Promise<LiveServerResult>((resolve, reject) => {
        options.signal.addEventListener('abort', () => reject(options.signal.reason));
        runs.push({ input, options, resolve, reject });
      }),
  };
  return { port, runs };
}

export const QUIET_RUN = { hidden: false, maxEventLoopLagMs: 2, saturated: false, notes: [] };
