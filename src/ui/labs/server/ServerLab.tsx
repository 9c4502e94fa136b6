import { memo, useCallback, useMemo, useState } from 'react';
import { MAX_LIVE_CALLS } from '../../../core/limits.ts';
import type { Scenario } from '../../../core/scenario.ts';
import { predictServer } from '../../../core/server/predictServer.ts';
import { serverRunInputOf } from '../../../core/server/serverRunInput.ts';
import type { TalkPresetName } from '../../../core/server/talkPresetNames.ts';
import { usePalette } from '../../usePalette.ts';
import type { LabProps } from '../labProps.ts';
import { RunBar } from '../RunBar.tsx';
import { SettingsToggle } from '../SettingsToggle.tsx';
import { useSettingsPanel } from '../useSettingsPanel.ts';
import { ServerControls as ServerControlsView } from './settings/ServerControls.tsx';
import { serverEngineLine } from './run/serverEngineLine.ts';
import { liveFetchesOf, serverLiveReason } from './run/serverLiveReason.ts';
import { ServerNumbers as ServerNumbersView } from './ServerNumbers.tsx';
import { ServerStage } from './ServerStage.tsx';
import { TalkView } from './talk/TalkView.tsx';
import { initialReplayPace, type ReplayPace } from './run/replayRate.ts';
import { useServerLivePlan } from './run/useServerLivePlan.ts';
import { ASSUMED_CAPACITY } from '../../../core/live/liveTimeScale.ts';
import { liveScaleNote } from '../../../core/live/liveScaleNote.ts';
import { timeScaleLabel } from '../../../core/live/timeScaleLabel.ts';
import { preferredServerScale } from '../../../core/live/planServerLive.ts';
import { useRunSession } from '../../run/useRunSession.ts';
import { createServerRunController } from './run/serverRunController.ts';
import { useAutorun } from '../../presenter/useAutorun.ts';
import { useServerCommands } from './run/useServerCommands.ts';
import { useServerView, type ServerView } from './useServerView.ts';
import { useTalkLiveRuns } from './talk/useTalkLiveRuns.ts';

// The lab re-renders on every animation frame of a run; these parts only when their props change
// (during a live run, every render is main-thread time taken from the mocked services).
const ServerControls = memo(ServerControlsView);
const ServerNumbers = memo(ServerNumbersView);

const VIEWS: ReadonlyArray<{ view: ServerView; title: string }> = [
  { view: 'lab', title: 'Load test' },
  { view: 'talk', title: 'The talk’s table' },
];

/**
 * The Server lab: the talk's load test (N requests, C at once, W workers, each request a fan-out)
 * run on the virtual engine or live, and the talk's table reproduced row by row. One live run at
 * a time across both views: they share this page's main thread with the mocked services.
 */
export function ServerLab({ scenario, setScenario, worker, liveServer = null }: LabProps) {
  const { controller, snapshot } = useRunSession(createServerRunController, liveServer);
  const { talkRuns, talkLive } = useTalkLiveRuns(liveServer);
  const [view, setView] = useServerView();
  const palette = usePalette();
  const settings = useSettingsPanel();

  // The live run's time scale is this component's state, not a URL parameter: the right scale
  // depends on the machine and the room, and a shared link should not force one. The planner
  // picks it from the virtual run (core/live/liveTimeScale.ts: the page's capacity, about 5 s
  // of wall time for a long run) until the person picks one for this run.
  const liveInput = useMemo(() => {
    if (scenario.run.engine !== 'live') return null;
    if (liveFetchesOf(scenario.server.requests, scenario.fanOut.calls.length) > MAX_LIVE_CALLS)
      return null;
    return serverRunInputOf(scenario);
  }, [scenario]);
  const livePrediction = useMemo(
    () => (liveInput === null ? null : predictServer(liveInput)),
    [liveInput],
  );
  const livePredictedMs = livePrediction?.makespanMs ?? null;
  const [scaleChoice, setScaleChoice] = useState<{
    forMs: number | null;
    scale: number | null;
  } | null>(null);
  const chosenScale =
    scaleChoice !== null && scaleChoice.forMs === livePredictedMs ? scaleChoice.scale : null;
  // What the page measured of itself at its last live run; the assumed figures before.
  const capacity = snapshot.capacity ?? ASSUMED_CAPACITY;
  const plans = useServerLivePlan(liveInput, capacity, chosenScale);
  const timeScale =
    plans?.chosen.timeScale ?? chosenScale ?? preferredServerScale(livePredictedMs ?? 0);
  const scaleNote = useMemo(
    () => (plans === null ? null : liveScaleNote(plans.chosen, capacity)),
    [plans, capacity],
  );

  const onTimeScale = useCallback(
    (scale: number | null) => setScaleChoice({ forMs: livePredictedMs, scale }),
    [livePredictedMs],
  );

  // How a virtual run replays: at the scenario's speed (1× = real time, as in every lab) or
  // fitted into 5 s, which the speed select shows as its own choice. Lab state, like the scale:
  // it starts fitted unless the address names a speed (see initialReplayPace).
  const [pace, setPace] = useState<ReplayPace>(() => initialReplayPace(window.location.search));

  const liveReason = serverLiveReason(worker, liveServer !== null, scenario);
  const pageLiveReason = serverLiveReason(worker, liveServer !== null, {
    server: { ...scenario.server, requests: 0 },
    fanOut: { ...scenario.fanOut, calls: [] },
  });

  const run = (): void => {
    talkRuns.stop();
    controller.start(scenario, timeScale, pace);
  };
  // The presenter's keys and a slide deck's messages run and reset this lab too.
  useServerCommands(controller, scenario, run);
  const runTalkLive = (name: TalkPresetName): void => {
    controller.reset();
    talkRuns.run(name);
  };
  const open = (next: Scenario): void => {
    talkRuns.stop();
    controller.reset();
    setScenario(next);
    setView('lab');
    window.scrollTo({ top: 0 });
  };

  // autorun=1: run once on load (StrictMode-safe, see autorunLatch.ts).
  useAutorun('server', scenario, worker, () => controller.start(scenario, timeScale, pace));

  const { reliability, error } = snapshot;
  const notes = useMemo(
    () => [...(reliability?.notes ?? []), ...(error ? [error] : [])],
    [reliability, error],
  );
  return (
    <div className="lab server-lab" aria-label="Server lab">
      <nav className="server-views" aria-label="Server lab views">
        {VIEWS.map(({ view: v, title }) => (
          <button
            key={v}
            type="button"
            className="server-views__view"
            aria-current={view === v ? 'page' : undefined}
            onClick={() => setView(v)}
            data-testid={`server-view-${v}`}
          >
            {title}
          </button>
        ))}
      </nav>
      {view === 'talk' ? (
        <TalkView
          scenario={scenario}
          live={talkLive}
          liveReason={pageLiveReason}
          onRunLive={runTalkLive}
          onOpen={open}
        />
      ) : (
        <div className={settings.open ? 'lab__grid' : 'lab__grid lab__grid--settings-closed'}>
          <aside
            id={settings.panelId}
            className="lab__controls"
            aria-label="Load test settings"
            hidden={!settings.open}
          >
            <ServerControls
              scenario={scenario}
              onChange={setScenario}
              disabled={snapshot.status === 'running'}
              liveReason={liveReason}
              timeScale={timeScale}
              autoScale={plans?.auto.timeScale ?? null}
              chosenScale={chosenScale}
              onTimeScale={onTimeScale}
              scaleNote={scaleNote}
              predictedMs={livePredictedMs}
              predictedAtLeast={livePrediction?.isLowerBound === true}
              pace={pace}
              onPace={setPace}
            />
          </aside>
          <section className="lab__stage" aria-label="Run">
            <RunBar
              status={snapshot.status}
              engineLabel={
                scenario.run.engine === 'live' ? `live, ${timeScaleLabel(timeScale)}` : 'virtual'
              }
              onRun={run}
              onReset={controller.reset}
            >
              <SettingsToggle panel={settings} />
            </RunBar>
            <ServerStage
              scenario={scenario}
              snapshot={snapshot}
              palette={palette}
              numbers={
                <div className="lab__numbers">
                  <ServerNumbers
                    status={snapshot.status}
                    stats={snapshot.stats}
                    prediction={snapshot.prediction}
                    engineLine={serverEngineLine(snapshot, scenario.run.compensate)}
                    notes={notes}
                  />
                </div>
              }
            />
          </section>
        </div>
      )}
    </div>
  );
}
