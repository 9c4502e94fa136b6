import type { Scenario } from '../../core/scenario.ts';
import type { ServerRunController } from '../labs/server/serverRunController.ts';
import type { ServerRunSnapshot } from '../labs/server/serverRunSnapshot.ts';
import type { LabRunState } from './labCommandBus.ts';
import { useLabCommands } from './labCommands.ts';
import type { RunSummary } from './runSummary.ts';

const states = new WeakMap<ServerRunSnapshot, LabRunState>();

function stateOf(snapshot: ServerRunSnapshot): LabRunState {
  let state = states.get(snapshot);
  if (state === undefined) {
    // The server controller replays to the end without pause or seek: nothing to hold.
    state = {
      status: snapshot.status,
      playback: 'stopped',
      seekable: false,
      nowMs: snapshot.nowMs,
      error: snapshot.error,
    };
    states.set(snapshot, state);
  }
  return state;
}

/**
 * A finished load test as `overlap:run-finished` carries it. The fields mean what they mean for a
 * request of the other labs, for the whole test: the makespan is the last response, peak in
 * flight the most busy workers, total wait the time requests spent queued at the client and the
 * server. `calls` stays empty: a load test makes thousands (export the run for them).
 */
export function serverSummary(scenario: Scenario, snapshot: ServerRunSnapshot): RunSummary | null {
  const { trace, stats, status, engine } = snapshot;
  if (status !== 'done' || trace === null || stats === null) return null;
  let totalWaitMs = 0;
  for (const request of trace.requests) totalWaitMs += request.startedAtMs;
  return {
    lab: 'server',
    model: scenario.model,
    engine: engine ?? scenario.engine,
    makespanMs: trace.makespanMs,
    predictedMakespanMs: snapshot.prediction?.makespanMs ?? null,
    peakInFlight: stats.peakBusyWorkers,
    totalWaitMs,
    calls: [],
  };
}

/** The Server lab on the shell's command bus: run and reset (its controller has no replay). */
export function useServerCommands(
  controller: ServerRunController,
  scenario: Scenario,
  run: () => void,
): void {
  useLabCommands({
    lab: 'server',
    run,
    reset: controller.reset,
    getState: () => stateOf(controller.getSnapshot()),
    subscribe: controller.subscribe,
    getSummary: () => serverSummary(scenario, controller.getSnapshot()),
  });
}
