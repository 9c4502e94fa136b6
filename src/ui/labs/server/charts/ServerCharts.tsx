import type { ServerPrediction } from '../../../../core/server/predictServer.ts';
import type { ServerTrace } from '../../../../core/server/serverTrace.ts';
import type { Palette } from '../../../palette.ts';
import { LatencyChart } from './LatencyChart.tsx';
import { ThroughputChart } from './ThroughputChart.tsx';
import { WaitingChart } from './WaitingChart.tsx';

export interface ServerChartsProps {
  readonly trace: ServerTrace;
  readonly prediction: ServerPrediction | null;
  /** The charts' cursor (refreshed at most five times a second during a replay). */
  readonly nowMs: number;
  readonly axisEndMs: number;
  readonly palette: Palette;
}

/**
 * The load test's three charts. Loaded lazily like the Fan-out lab's LabCharts (Recharts is most
 * of the app's JavaScript), so the lab and its timeline are interactive first.
 */
export default function ServerCharts(props: ServerChartsProps) {
  const { trace, prediction, nowMs, axisEndMs, palette } = props;
  return (
    <div className="lab__charts">
      <ThroughputChart
        trace={trace}
        prediction={prediction}
        nowMs={nowMs}
        axisEndMs={axisEndMs}
        palette={palette}
      />
      <LatencyChart trace={trace} nowMs={nowMs} palette={palette} />
      <WaitingChart trace={trace} nowMs={nowMs} axisEndMs={axisEndMs} palette={palette} />
    </div>
  );
}
