import { useMemo, useState } from 'react';
import { formatCount } from '../../../../core/format/formatCount.ts';
import {
  closedOpenComparison,
  type ClosedOpenComparison,
} from '../../../../core/queueing/closedOpenComparison.ts';
import { hockeyStick, type HockeyStick } from '../../../../core/queueing/hockeyStick.ts';
import { loadSummary } from '../../../../core/queueing/loadSummary.ts';
import type { Scenario } from '../../../../core/scenario.ts';
import { serverRunInputOf } from '../../../../core/server/serverRunInput.ts';
import type { ServerTrace } from '../../../../core/server/serverTrace.ts';
import type { Palette } from '../../../palette.ts';
import { comparisonRows, comparisonVerdict, COORDINATED_OMISSION } from './comparisonText.ts';
import { workerCountOf } from '../../../../core/server/serverSpec.ts';
import { HockeyStickChart } from './HockeyStickChart.tsx';
import { loadPanelText } from './loadRows.ts';

export interface LoadSectionProps {
  readonly scenario: Scenario;
  readonly trace: ServerTrace;
  readonly palette: Palette;
}

/** An on-demand virtual computation, remembered for the scenario it was made for. */
type Pending<T> = { readonly forScenario: Scenario; readonly result: T | 'running' | Error };

function useOnDemand<T>(scenario: Scenario, compute: (s: Scenario) => Promise<T>) {
  const [state, setState] = useState<Pending<T> | null>(null);
  const current = state !== null && state.forScenario === scenario ? state.result : null;
  const start = (): void => {
    setState({ forScenario: scenario, result: 'running' });
    compute(scenario).then(
      (result) => setState({ forScenario: scenario, result }),
      (error: unknown) =>
        setState({
          forScenario: scenario,
          result: error instanceof Error ? error : new Error(String(error)),
        }),
    );
  };
  return { current, start };
}

/**
 * The load test's queueing view (docs/load.md): Little's law both sides and utilisation for every
 * run, the closed form's predictions beside the measured figures (or why none applies), the
 * closed-versus-open comparison at one throughput, and the hockey-stick sweep. The comparison
 * and the sweep are extra virtual runs, so they run when asked.
 */
export default function LoadSection({ scenario, trace, palette }: LoadSectionProps) {
  const text = useMemo(
    () => loadPanelText(loadSummary(serverRunInputOf(scenario), trace)),
    [scenario, trace],
  );
  const comparison = useOnDemand<ClosedOpenComparison>(scenario, (s) =>
    closedOpenComparison(serverRunInputOf(s)),
  );
  const sweep = useOnDemand<HockeyStick>(scenario, (s) => hockeyStick(serverRunInputOf(s)));
  const n = scenario.server.requests;
  return (
    <section className="load" aria-label="Queueing theory" data-testid="load-section">
      <h3 className="load__title">Queueing theory</h3>
      <p className="load__law" data-testid="load-littles-law">
        <strong>Little’s law:</strong> {text.littlesLaw ?? 'the run took no time.'}
      </p>
      <table className="load__table" data-testid="load-theory">
        <caption className="load__caption">
          {text.model === null ? (
            <span data-testid="load-no-theory">No closed form: {text.reason}.</span>
          ) : (
            <span data-testid="load-model">Measured beside {text.model}, in steady state.</span>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">measured</th>
            <th scope="col">predicted</th>
          </tr>
        </thead>
        <tbody>
          {text.rows.map((row) => (
            <tr key={row.key} data-testid={`load-row-${row.key}`}>
              <th scope="row">{row.label}</th>
              <td>{row.measured}</td>
              <td>{row.predicted ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4 className="load__subtitle">Closed loop against open arrivals, at one throughput</h4>
      <p className="load__note">{COORDINATED_OMISSION}</p>
      {scenario.server.arrival === 'open' ? (
        <p className="load__note">
          The closed run keeps this scenario’s C = {formatCount(scenario.server.concurrency)} in
          flight: switch arrivals to closed to change C.
        </p>
      ) : null}
      {comparison.current === null ? (
        <button type="button" className="button" onClick={comparison.start}>
          Compare closed and open ({formatCount(2 * n)} requests)
        </button>
      ) : comparison.current === 'running' ? (
        <p className="load__note">Running both…</p>
      ) : comparison.current instanceof Error ? (
        <p className="load__note">The comparison failed: {comparison.current.message}</p>
      ) : (
        <>
          <p className="load__law" data-testid="load-comparison-verdict">
            {comparisonVerdict(
              comparison.current,
              scenario.server.concurrency,
              workerCountOf(scenario.server),
            )}
          </p>
          <table className="load__table" data-testid="load-comparison">
            <thead>
              <tr>
                <th scope="col">run</th>
                <th scope="col">p50</th>
                <th scope="col">p99</th>
              </tr>
            </thead>
            <tbody>
              {comparisonRows(comparison.current).map((row) => (
                <tr key={row.key} data-testid={`load-comparison-${row.key}`}>
                  <th scope="row">{row.label}</th>
                  <td>{row.p50}</td>
                  <td>{row.p99}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h4 className="load__subtitle">The hockey stick</h4>
      <p className="load__note">
        The same server, requests and calls, open-loop at utilisation 10 % to 99 %:{' '}
        {n < 1000
          ? `only ${formatCount(n)} requests per point, so the percentiles are rough (try 2,000 or more)`
          : `${formatCount(n)} requests per point`}
        . Each run starts empty: near 99 % it is shorter than the queue takes to settle, so it sits
        off the steady-state prediction.
      </p>
      {sweep.current === null ? (
        <button type="button" className="button" onClick={sweep.start}>
          Sweep utilisation ({formatCount(11 * n)} requests)
        </button>
      ) : sweep.current === 'running' ? (
        <p className="load__note">Sweeping…</p>
      ) : sweep.current instanceof Error ? (
        <p className="load__note">The sweep failed: {sweep.current.message}</p>
      ) : (
        <HockeyStickChart stick={sweep.current} palette={palette} />
      )}
    </section>
  );
}
