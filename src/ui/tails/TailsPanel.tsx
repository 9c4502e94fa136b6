import { countOf } from '../../core/format/formatCount.ts';
import { formatDuration, formatExactMs } from '../../core/format/formatDuration.ts';
import { formatNumber } from '../../core/format/formatNumber.ts';
import { formatPercent } from '../../core/format/formatRate.ts';
import type { Scenario } from '../../core/scenario.ts';
import type { TailReport } from '../../core/tails/tailReport.ts';
import type { Palette } from '../palette.ts';
import { TailChart } from './TailChart.tsx';
import { slowShare, tailRows } from './tailFigures.ts';
import { useTailReport } from './useTailReport.ts';

export interface TailsPanelProps {
  /** The scenario the run was made with (repeat > 1); the panel runs its repetitions. */
  readonly scenario: Scenario;
  readonly palette: Palette;
}

const cellText = (ms: number | null): string =>
  ms === null || !Number.isFinite(ms) ? '—' : formatExactMs(Math.round(ms * 1000) / 1000);

/**
 * `repeat=K` (docs/tails.md): the distribution of the request's latency beside one call's, over
 * K runs with new draws, measured beside the exact prediction; under the single run's timeline,
 * which stays the lab's hero. Loaded lazily with Recharts.
 */
export default function TailsPanel({ scenario, palette }: TailsPanelProps) {
  const state = useTailReport(scenario);
  const runs = countOf(scenario.run.repeat, 'run', 'runs');
  return (
    <section className="tails" aria-label="Latency over repeated runs" data-testid="tails">
      <h2 className="tails__title">Tail latency over {runs}</h2>
      {state === null || state.status === 'computing' ? (
        <p className="tails__status" data-testid="tails-computing">
          Running the request {runs}, each with new draws…
        </p>
      ) : state.status === 'refused' ? (
        <p className="tails__status tails__status--error" role="alert">
          {state.message}.
        </p>
      ) : (
        <TailsView report={state.report} palette={palette} />
      )}
    </section>
  );
}

function TailsView({ report, palette }: { report: TailReport; palette: Palette }) {
  const share = slowShare(report);
  const { runs } = report;
  const extraPct = runs.callsSent === 0 ? 0 : (100 * runs.hedgesSent) / runs.callsSent;
  const reason = (tail: TailReport['request']) =>
    tail.prediction.kind === 'none' ? tail.prediction.reason : null;
  const requestReason = reason(report.request);
  return (
    <>
      <p className="tails__headline">
        <strong
          data-testid="tails-slow-share"
          data-value={share.measuredPct}
          data-predicted={share.predictedPct ?? ''}
        >
          {formatPercent(share.measuredPct)}
        </strong>{' '}
        of requests were slower than one call’s p99 ({formatDuration(share.callP99Ms)})
        {share.predictedPct === null ? '' : `; predicted ${formatPercent(share.predictedPct)}`}.
        {runs.hedgesSent > 0
          ? ` Hedges: ${countOf(runs.hedgesSent, 'copy', 'copies')}, ` +
            `${formatNumber(extraPct, { decimals: 2 })}% more calls.`
          : ''}
      </p>
      <div className="tails__charts">
        <TailChart
          title="Request latency"
          noun="requests"
          tail={report.request}
          palette={palette}
          testId="tails-request-chart"
        />
        <TailChart
          title="One call’s latency"
          noun="calls"
          tail={report.call}
          palette={palette}
          testId="tails-call-chart"
        />
      </div>
      <div className="tails__table-wrap">
        <table className="tails__table" data-testid="tails-table">
          <caption>
            Percentiles in ms over {countOf(runs.repeat, 'run', 'runs')} (
            {runs.path === 'draws'
              ? 'each computed from its draws, as the virtual engine runs it'
              : 'each on the virtual engine'}
            ){requestReason === null ? '' : `; request predicted: none, ${requestReason}`}
          </caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">request measured</th>
              <th scope="col">request predicted</th>
              <th scope="col">one call measured</th>
              <th scope="col">one call predicted</th>
            </tr>
          </thead>
          <tbody>
            {tailRows(report).map((row) => (
              <tr key={row.label} data-testid={`tails-row-${row.label}`}>
                <th scope="row">{row.label}</th>
                {[
                  row.requestMeasuredMs,
                  row.requestPredictedMs,
                  row.callMeasuredMs,
                  row.callPredictedMs,
                ].map((ms, column) => (
                  <td key={column} data-value={ms ?? ''}>
                    {cellText(ms)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
