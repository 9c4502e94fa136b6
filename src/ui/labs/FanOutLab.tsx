import { lazy, memo, Suspense, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { isRealTimeEngine } from '../run/realTimeEngine.ts';
import { ChartsErrorBoundary } from '../errors/ChartsErrorBoundary.tsx';
import { encodeScenario } from '../../core/urlCodec.ts';
import { CodePanel } from '../code/CodePanel.tsx';
import { ScenarioControls as ScenarioControlsView } from '../controls/ScenarioControls.tsx';
import { exportableFanOutRun } from '../export/exportableFanOutRun.ts';
import { ExportMenu as ExportMenuView } from '../export/ExportMenu.tsx';
import { useExportRecord } from '../export/useExportRecord.ts';
import { FaultNumbers as FaultNumbersView } from '../numbers/FaultNumbers.tsx';
import { RunNumbers as RunNumbersView } from '../numbers/RunNumbers.tsx';
import { useFanOutCommands } from './useFanOutCommands.ts';
import { useAutorun } from '../presenter/useAutorun.ts';
import { ReplayBar } from '../replay/ReplayBar.tsx';
import { IDLE_SNAPSHOT } from '../run/runSnapshot.ts';
import { createRunController } from '../run/runController.ts';
import { useRunSession } from '../run/useRunSession.ts';
import { FailureLegend, SpanTable, TimelineCanvas, WireLegend } from '../timeline/index.ts';
import { networkPortOf, networkUnavailableReasonOf } from '../networkEnginePort.ts';
import { usePalette } from '../usePalette.ts';
import { calibrationText } from './calibrationText.ts';
import type { LabProps } from './labProps.ts';
import { liveUnavailableReasonOf } from './liveUnavailableReason.ts';
import { LiveScaleField } from './LiveScaleField.tsx';
import { RunBar } from './RunBar.tsx';
import { useLiveScale } from './useLiveScale.ts';
import { SettingsToggle } from './SettingsToggle.tsx';
import { useSettingsPanel } from './useSettingsPanel.ts';

const LabCharts = lazy(() => import('./LabCharts.tsx'));
// repeat=K's distribution view (docs/tails.md), with Recharts: loaded only when asked for.
const TailsPanel = lazy(() => import('../tails/TailsPanel.tsx'));

// The lab re-renders on every animation frame of a run; these parts only when their props change.
const ScenarioControls = memo(ScenarioControlsView);
const RunNumbers = memo(RunNumbersView);
const FaultNumbers = memo(FaultNumbersView);
const ExportMenu = memo(ExportMenuView);

const noSubscription = (): (() => void) => () => {};

/** The Run button's engine words; a network run without a server runs virtual (launchFanOutRun). */
function engineLabelOf(scenario: LabProps['scenario'], networkAvailable: boolean): string {
  const { engine, protocol } = scenario.run;
  if (engine === 'live') return 'live, real fetch()';
  if (engine === 'network' && networkAvailable) {
    // Short like live's: in a slide the Run bar shares its row with the numbers. What the times
    // mean is the run's reliability note (REAL_NETWORK_NOTE) and the button's title.
    return `real network, ${protocol === 'h2' ? 'HTTP/2' : 'HTTP/1.1'}`;
  }
  return 'virtual';
}

/** The default page: one request's calls under one model, run, animated and explained. */
export function FanOutLab({ scenario, setScenario, worker, live, network }: LabProps) {
  const { controller, snapshot } = useRunSession(createRunController, live);
  const networkPort = networkPortOf(network);
  useEffect(() => controller.setNetwork(networkPort), [controller, networkPort]);
  const palette = usePalette();
  // Only a live run's events change the data in place; a replay's cursor moves (which bump
  // snapshot.version every frame) leave the keys as they are.
  const legendVersion =
    isRealTimeEngine(snapshot.engine) && snapshot.status === 'running' ? snapshot.version : 0;
  const calibration = useSyncExternalStore(
    live ? (listener: () => void) => live.subscribe(listener) : noSubscription,
    () => live?.calibration() ?? null,
  );
  const liveUnavailableReason = liveUnavailableReasonOf(worker);
  const isLive = scenario.run.engine === 'live' && live !== null;
  const liveScale = useLiveScale({
    scenario,
    lanes: 'one',
    calibration,
    enabled: isLive && snapshot.status !== 'running',
    setLiveScale: controller.setLiveScale,
  });
  const exportRecord = useExportRecord();
  const { begin } = exportRecord;
  const chartsRef = useRef<HTMLDivElement>(null);
  const settings = useSettingsPanel();
  // The presenter's keys, a slide deck's messages and a hidden frame drive this lab too.
  useFanOutCommands(controller, scenario, begin);

  // autorun=1: run once on load (StrictMode-safe, see autorunLatch.ts).
  useAutorun(
    'fanout',
    scenario,
    worker,
    () => {
      begin(scenario);
      controller.start(scenario);
    },
    network,
  );

  const { data, stats } = snapshot;
  const { reliability, error } = snapshot;
  const { status, engine, trace, axisEndMs, predictedMakespanMs, compensationMs } = snapshot;
  const { liveScale: runScale } = snapshot;
  const notes = useMemo(
    () => [...(reliability?.notes ?? []), ...(error ? [error] : [])],
    [reliability, error],
  );
  // The snapshot changes on every frame; the memoised ExportMenu gets new props only when the
  // fields it shows change.
  const runScenario = exportRecord.record?.scenario ?? null;
  const exportRun = useMemo(
    () =>
      exportableFanOutRun(
        runScenario,
        {
          ...IDLE_SNAPSHOT,
          status,
          engine,
          trace,
          predictedMakespanMs,
          reliability,
          compensationMs,
          liveScale: runScale,
        },
        calibration,
      ),
    [
      runScenario,
      status,
      engine,
      trace,
      predictedMakespanMs,
      reliability,
      compensationMs,
      runScale,
      calibration,
    ],
  );
  const timeline = useMemo(
    () => (data ? { data, axisEndMs, predictedMakespanMs, palette } : null),
    [data, axisEndMs, predictedMakespanMs, palette],
  );
  const shareScenario = exportRun?.scenario ?? scenario;
  const query = useMemo(() => encodeScenario(shareScenario), [shareScenario]);
  const numbers = (
    <div className="lab__numbers">
      <RunNumbers
        status={snapshot.status}
        makespanMs={stats?.makespanMs ?? null}
        predictedMs={snapshot.predictedMakespanMs}
        noClosedForm={snapshot.noClosedForm}
        peakCallsInFlight={stats?.peakCallsInFlight ?? null}
        peakRequestsOnWire={stats?.peakRequestsOnWire ?? null}
        totalWaitMs={stats?.totalWaitMs ?? null}
        calibration={calibrationText(
          snapshot.engine ?? scenario.run.engine,
          live !== null,
          calibration,
          scenario.run.compensate,
          live?.calibrationProblem() ?? null,
        )}
        notes={notes}
      />
      {snapshot.faultPrediction === null ? null : (
        <FaultNumbers stats={snapshot.faultStats} prediction={snapshot.faultPrediction} />
      )}
    </div>
  );
  // The timeline comes right under the Run bar; the numbers follow it (lab.css lifts them beside
  // the Run bar where there is room), then everything to read at leisure.
  return (
    <div className="lab" aria-label="Fan-out lab">
      <div className={settings.open ? 'lab__grid' : 'lab__grid lab__grid--settings-closed'}>
        <aside
          id={settings.panelId}
          className="lab__controls"
          aria-label="Scenario"
          hidden={!settings.open}
        >
          <ScenarioControls
            scenario={scenario}
            onChange={setScenario}
            disabled={snapshot.status === 'running'}
            liveUnavailableReason={liveUnavailableReason}
            {...(network === undefined
              ? {}
              : { networkUnavailableReason: networkUnavailableReasonOf(network) })}
          />
        </aside>
        <section className="lab__stage" aria-label="Run">
          <RunBar
            status={snapshot.status}
            engineLabel={engineLabelOf(scenario, networkPort !== null)}
            onRun={() => {
              begin(scenario);
              controller.start(scenario);
            }}
            onReset={controller.reset}
          >
            <SettingsToggle panel={settings} />
          </RunBar>
          {isLive ? (
            <LiveScaleField
              scale={liveScale}
              calibration={calibration}
              running={
                snapshot.status === 'running' && snapshot.engine === 'live'
                  ? snapshot.liveScale
                  : null
              }
            />
          ) : null}
          {data ? (
            <TimelineCanvas
              data={data}
              nowMs={snapshot.nowMs}
              axisEndMs={snapshot.axisEndMs}
              predictedMakespanMs={snapshot.predictedMakespanMs}
              palette={palette}
              version={snapshot.version}
              label={`Timeline of the ${snapshot.engine ?? scenario.run.engine} ${scenario.fanOut.model} run`}
            />
          ) : (
            <p className="lab__empty" data-testid="timeline-empty">
              Press Run to send the calls. The timeline, the table and the charts appear here.
            </p>
          )}
          {numbers}
          {data ? (
            <>
              <FailureLegend data={data} version={legendVersion} palette={palette} />
              <WireLegend data={data} version={legendVersion} palette={palette} />
              <ReplayBar controller={controller} snapshot={snapshot} />
            </>
          ) : null}
          {data && runScenario !== null && runScenario.run.repeat > 1 && status !== 'running' ? (
            <ChartsErrorBoundary>
              <Suspense fallback={<p className="lab__charts-waiting">Loading the tails view…</p>}>
                <TailsPanel scenario={runScenario} palette={palette} />
              </Suspense>
            </ChartsErrorBoundary>
          ) : null}
          <ExportMenu
            run={exportRun}
            startedAtIso={exportRecord.record?.startedAtIso ?? null}
            timeline={timeline}
            chartsRef={chartsRef}
            query={query}
          />
          {data ? (
            <>
              <CodePanel
                scenario={scenario}
                runScenario={exportRecord.record?.scenario ?? scenario}
                data={data}
                nowMs={snapshot.nowMs}
              />
              <SpanTable data={data} nowMs={snapshot.nowMs} version={snapshot.version} />
              {isRealTimeEngine(snapshot.engine) && snapshot.status === 'running' ? (
                <p className="lab__charts-waiting">
                  {snapshot.engine === 'network'
                    ? 'The charts appear when the network run ends: drawing them now would delay ' +
                      'this page in reading the answers, and so the times it measures.'
                    : 'The charts appear when the live run ends: drawing them now would slow ' +
                      'down the mocked services, which answer on this same page.'}
                </p>
              ) : (
                <div ref={chartsRef}>
                  <ChartsErrorBoundary>
                    <Suspense fallback={<p className="lab__charts-waiting">Loading the charts…</p>}>
                      <LabCharts
                        data={data}
                        nowMs={snapshot.chartNowMs}
                        axisEndMs={snapshot.axisEndMs}
                        predictedMs={snapshot.predictedMakespanMs}
                        palette={palette}
                      />
                    </Suspense>
                  </ChartsErrorBoundary>
                </div>
              )}
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}
