import { lazy, Suspense, useId, useMemo, useSyncExternalStore } from 'react';
import { ChartsErrorBoundary } from '../../errors/ChartsErrorBoundary.tsx';
import { useAutorun } from '../../presenter/useAutorun.ts';
import { useCompareCommands } from './useCompareCommands.ts';
import { usePalette } from '../../usePalette.ts';
import { calibrationText } from '../calibrationText.ts';
import type { LabProps } from '../labProps.ts';
import { liveUnavailableReasonOf } from '../liveUnavailableReason.ts';
import { LiveScaleField } from '../LiveScaleField.tsx';
import { RunBar } from '../RunBar.tsx';
import { useLiveScale } from '../useLiveScale.ts';
import { liveScaleAfterNote } from '../../run/liveScaleText.ts';
import { SettingsToggle } from '../SettingsToggle.tsx';
import { useSettingsPanel } from '../useSettingsPanel.ts';
import { CompareControls } from './CompareControls.tsx';
import { CompareLane } from './CompareLane.tsx';
import { CompareStatus } from './CompareStatus.tsx';
import { CompareTable } from './CompareTable.tsx';
import { modelWords } from '../../controls/modelInWords.ts';
import { sharedLabelWidthPx } from './sharedLabelWidth.ts';
import { useRunSession } from '../../run/useRunSession.ts';
import { createCompareController } from './compareController.ts';

const CompareCharts = lazy(() => import('./CompareCharts.tsx'));

const noSubscription = (): (() => void) => () => {};

/** The Compare lab: the same calls under every model, stacked on one shared time axis. */
export function CompareLab({ scenario, setScenario, worker, live }: LabProps) {
  const { controller, snapshot } = useRunSession(createCompareController, live);
  // The presenter's keys and a slide deck's messages run and reset this lab too.
  useCompareCommands(controller, scenario);
  const lanesHeadingId = useId();
  const settings = useSettingsPanel();
  const palette = usePalette();
  const calibration = useSyncExternalStore(
    live ? (listener: () => void) => live.subscribe(listener) : noSubscription,
    () => live?.calibration() ?? null,
  );

  const isLive = scenario.run.engine === 'live' && live !== null;
  const liveScale = useLiveScale({
    scenario,
    lanes: 'every',
    calibration,
    enabled: isLive && snapshot.status !== 'running',
    setLiveScale: controller.setLiveScale,
  });

  // autorun=1: compare once on load (StrictMode-safe, see autorunLatch.ts).
  useAutorun('compare', scenario, worker, () => controller.start(scenario));

  const { lanes, rows, status, error } = snapshot;
  const engine = snapshot.engine ?? scenario.run.engine;
  const scaleNote =
    snapshot.status === 'done' && snapshot.liveScale !== null
      ? liveScaleAfterNote(snapshot.liveScale)
      : null;
  const notes = useMemo(
    () => [
      ...(scaleNote === null ? [] : [scaleNote]),
      ...rows.flatMap((row) => row.notes.map((note) => `${modelWords(row.spec).title}: ${note}`)),
      ...(error ? [error] : []),
    ],
    [scaleNote, rows, error],
  );
  const labelWidthPx = sharedLabelWidthPx(lanes.map((lane) => lane.data));
  const chartsWait =
    engine === 'live'
      ? 'The charts appear when the comparison ends: drawing them now would slow down the mocked services, which answer on this same page.'
      : 'The charts appear when the replay ends.';

  const numbers = (
    <div className="lab__numbers">
      <CompareStatus
        status={status}
        liveLane={snapshot.liveLane}
        timeScale={snapshot.liveScale?.timeScale ?? 1}
        modelCount={lanes.length}
        calibration={calibrationText(
          engine,
          live !== null,
          calibration,
          scenario.run.compensate,
          live?.calibrationProblem() ?? null,
        )}
        notes={notes}
      />
    </div>
  );

  // As in the Fan-out lab: the lanes right under the Run bar, the status beside it (lab.css).
  return (
    <div className="lab compare" aria-label="Compare lab">
      <div className={settings.open ? 'lab__grid' : 'lab__grid lab__grid--settings-closed'}>
        <aside
          id={settings.panelId}
          className="lab__controls"
          aria-label="Scenario"
          hidden={!settings.open}
        >
          <CompareControls
            scenario={scenario}
            onChange={setScenario}
            disabled={status === 'running'}
            liveUnavailableReason={liveUnavailableReasonOf(worker)}
          />
        </aside>
        <section className="lab__stage" aria-label="Comparison">
          <RunBar
            status={status}
            engineLabel={
              scenario.run.engine === 'live' ? 'live, every model in turn' : 'virtual, every model'
            }
            onRun={() => controller.start(scenario)}
            onReset={controller.reset}
          >
            <SettingsToggle panel={settings} />
          </RunBar>
          {isLive ? (
            <LiveScaleField
              scale={liveScale}
              calibration={calibration}
              running={
                status === 'running' && snapshot.engine === 'live' ? snapshot.liveScale : null
              }
            />
          ) : null}
          {lanes.length > 0 ? (
            <section className="compare__lanes" aria-labelledby={lanesHeadingId}>
              <h2 id={lanesHeadingId} className="compare__heading">
                {snapshot.lanes[0]?.protocol === null || snapshot.lanes.length === 0
                  ? 'Every model on one time axis'
                  : 'One model over HTTP/1.1 and HTTP/2, on one time axis'}
              </h2>
              <p className="compare__hint">
                The dashed line is each model&rsquo;s predicted makespan. Tab to a timeline, then
                use the arrow keys to read its calls one by one.
              </p>
              {lanes.map((lane) => (
                <CompareLane
                  key={`${lane.model} ${lane.protocol ?? ''}`}
                  lane={lane}
                  engine={engine}
                  axisEndMs={snapshot.axisEndMs}
                  labelWidthPx={labelWidthPx}
                  palette={palette}
                />
              ))}
            </section>
          ) : (
            <p className="lab__empty" data-testid="timeline-empty">
              Press Run to send the same calls under every model. Their timelines, a table and the
              charts appear here.
            </p>
          )}
          {numbers}
          {lanes.length > 0 ? (
            <>
              <CompareTable rows={rows} faulty={snapshot.faulty} />
              {status === 'done' ? (
                <ChartsErrorBoundary>
                  <Suspense fallback={<p className="lab__charts-waiting">Loading the charts…</p>}>
                    <CompareCharts rows={rows} palette={palette} />
                  </Suspense>
                </ChartsErrorBoundary>
              ) : (
                <p className="lab__charts-waiting">{chartsWait}</p>
              )}
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}
