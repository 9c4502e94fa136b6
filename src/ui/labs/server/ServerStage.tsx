import { lazy, memo, Suspense, type ReactNode } from 'react';
import { ChartsErrorBoundary } from '../../errors/ChartsErrorBoundary.tsx';
import type { Scenario } from '../../../core/scenario.ts';
import type { Palette } from '../../palette.ts';
import { LiveProgress } from './run/LiveProgress.tsx';
import type { ServerRunSnapshot } from './run/serverRunSnapshot.ts';
import { ServerTimelineCanvas } from './serverTimeline/ServerTimelineCanvas.tsx';
import { ServerTimelineLegend } from './serverTimeline/ServerTimelineLegend.tsx';
import { RequestCalls } from './requests/RequestCalls.tsx';
import { RequestTable } from './requests/RequestTable.tsx';

// Memoised: the stage re-renders every frame of a replay, the charts only when their cursor moves
// (at most five times a second), since Recharts redraws its SVG on every render.
const ServerCharts = memo(lazy(() => import('./charts/ServerCharts.tsx')));
// The queueing view (theory, closed vs open, the hockey stick): Recharts too, and below the charts.
const LoadSection = memo(lazy(() => import('./load/LoadSection.tsx')));

export interface ServerStageProps {
  readonly scenario: Scenario;
  readonly snapshot: ServerRunSnapshot;
  readonly palette: Palette;
  /** The run's figures, placed right after the timeline (lab.css lifts them beside Run). */
  readonly numbers: ReactNode;
}

/**
 * What a run shows under the Run bar: the worker-lane timeline first, then the run's numbers, a
 * live run's progress, the timeline's
 * legend and request table, and the charts (lazily loaded; during a live run they wait for the
 * end, since the mocked services answer on this same main thread).
 */
export function ServerStage({ scenario, snapshot, palette, numbers }: ServerStageProps) {
  const { data, status, engine } = snapshot;
  const liveRunning = engine === 'live' && status === 'running';
  if (data === null) {
    return (
      <>
        <p className="lab__empty" data-testid="timeline-empty">
          {status === 'running'
            ? `Simulating ${scenario.server.requests} requests…`
            : `Press Run to send the ${scenario.server.requests} ${scenario.server.requests === 1 ? 'request' : 'requests'}. The timeline of the workers, a table and the charts appear here.`}
        </p>
        {numbers}
      </>
    );
  }
  const predictedMs = snapshot.prediction?.makespanMs ?? null;
  return (
    <>
      <ServerTimelineCanvas
        data={data}
        nowMs={snapshot.nowMs}
        axisEndMs={snapshot.axisEndMs}
        predictedMakespanMs={predictedMs}
        palette={palette}
        version={snapshot.version}
        dataVersion={snapshot.dataVersion}
        label={`Timeline of the ${engine ?? scenario.run.engine} load test, one lane per worker`}
      />
      {numbers}
      {liveRunning ? (
        <LiveProgress
          completed={snapshot.completed}
          total={data.count}
          nowMs={snapshot.nowMs}
          predictedMs={predictedMs}
          timeScale={snapshot.rate}
        />
      ) : null}
      <ServerTimelineLegend palette={palette} />
      {snapshot.trace ? (
        <RequestCalls trace={snapshot.trace} nowMs={snapshot.nowMs} palette={palette} />
      ) : null}
      <RequestTable data={data} nowMs={snapshot.nowMs} version={snapshot.version} />
      {liveRunning || snapshot.trace === null ? (
        <p className="lab__charts-waiting">
          The charts appear when the live run ends: drawing them now would slow down the mocked
          services, which answer on this same page.
        </p>
      ) : (
        <ChartsErrorBoundary>
          <Suspense fallback={<p className="lab__charts-waiting">Loading the charts…</p>}>
            <ServerCharts
              trace={snapshot.trace}
              prediction={snapshot.prediction}
              nowMs={snapshot.chartNowMs}
              axisEndMs={snapshot.axisEndMs}
              palette={palette}
            />
            {status === 'running' ? null : (
              <LoadSection scenario={scenario} trace={snapshot.trace} palette={palette} />
            )}
          </Suspense>
        </ChartsErrorBoundary>
      )}
    </>
  );
}
