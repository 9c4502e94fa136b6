import type { ExportableRun } from '../../core/export/exportableRun.ts';
import type { Calibration } from '../../core/liveTypes.ts';
import type { Scenario } from '../../core/scenario.ts';
import type { RunSnapshot } from '../run/runSnapshot.ts';

/**
 * The Fan-out lab's finished run in the exporters' shape, or null while there is nothing to
 * export (no run, one in progress, or one that failed). `scenario` must be the one the run was
 * started with (useExportRecord keeps it): the lab's current scenario may have been edited
 * since, and the export must describe the run that is on screen.
 */
export function exportableFanOutRun(
  scenario: Scenario | null,
  snapshot: RunSnapshot,
  calibration: Calibration | null,
): ExportableRun | null {
  if (scenario === null || snapshot.status !== 'done' || snapshot.trace === null) return null;
  const engine = snapshot.engine ?? scenario.run.engine;
  return {
    scenario,
    engine,
    simulated: engine === 'virtual',
    trace: snapshot.trace,
    prediction:
      snapshot.predictedMakespanMs === null ? null : { makespanMs: snapshot.predictedMakespanMs },
    // A network run keeps its reliability too (its calibration is none: nothing is mocked).
    live:
      engine === 'network'
        ? { reliability: snapshot.reliability, calibration: null, compensationMs: 0 }
        : engine === 'live'
          ? {
              reliability: snapshot.reliability,
              calibration,
              compensationMs: snapshot.compensationMs ?? 0,
              // A slowed run's URLs asked for its latencies divided by the scale (the HAR says so).
              ...(snapshot.liveScale !== null && snapshot.liveScale.timeScale !== 1
                ? { timeScale: snapshot.liveScale.timeScale }
                : {}),
            }
          : null,
  };
}
