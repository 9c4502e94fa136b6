import { useId } from 'react';
import type { ServerPrediction } from '../../../core/server/predictServer.ts';
import type { ServerStats } from '../../../core/server/serverStats.ts';
import { formatMs } from '../../numbers/formatMs.ts';
import { makespanGap } from '../../numbers/makespanGap.ts';
import type { RunStatus } from '../../run/runSnapshot.ts';

export interface ServerNumbersProps {
  readonly status: RunStatus;
  readonly stats: ServerStats | null;
  readonly prediction: ServerPrediction | null;
  /** e.g. "n/a: the virtual engine is exact", "live, 5× time scale, compensated". */
  readonly engineLine: string;
  /** Reasons a live run's timings may not be trusted, and errors; often empty. */
  readonly notes: readonly string[];
}

interface FigureProps {
  readonly label: string;
  readonly testId: string;
  readonly value: string | null;
  readonly unit: string;
  readonly detail?: string | null;
}

/**
 * One figure, as the Fan-out lab's numbers show them (same classes, same look): the test-id
 * element holds the plain number and nothing else, and stays in the page, empty, with no value.
 */
function Figure({ label, testId, value, unit, detail = null }: FigureProps) {
  return (
    <div className="run-numbers__figure">
      <dt className="run-numbers__label">{label}</dt>
      <dd className="run-numbers__value">
        <span data-testid={testId}>{value ?? ''}</span>
        {value === null ? (
          <span className="run-numbers__none">
            <span aria-hidden="true">—</span>
            <span className="run-numbers__visually-hidden">not measured yet</span>
          </span>
        ) : (
          <span className="run-numbers__unit">{unit}</span>
        )}
      </dd>
      {detail === null ? null : <dd className="run-numbers__detail">{detail}</dd>}
    </div>
  );
}

/** Requests per second with the decimals that matter: 3.20, 12.5, 100. */
const perSecText = (perSec: number): string =>
  perSec.toFixed(perSec >= 100 ? 0 : perSec >= 10 ? 1 : 2);

const msOrNull = (ms: number | null | undefined): string | null =>
  ms === null || ms === undefined || Number.isNaN(ms) ? null : formatMs(ms);

/**
 * The load test's figures: the last response beside the prediction (with its formula), the
 * throughput, the client's latency percentiles and the busiest the workers were.
 */
export function ServerNumbers({
  status,
  stats,
  prediction,
  engineLine,
  notes,
}: ServerNumbersProps) {
  const headingId = useId();
  const makespanMs = stats?.makespanMs ?? null;
  const predictedMs = prediction?.makespanMs ?? null;
  const lowerBound = prediction?.isLowerBound === true;
  let gap: string | null = null;
  if (status === 'done' && makespanMs !== null && predictedMs !== null) {
    gap = makespanGap(makespanMs, predictedMs);
  }
  const predictedDetail =
    prediction === null
      ? null
      : lowerBound
        ? `${prediction.formula}; at least: up to ${prediction.maxCallsInFlight} calls in flight ` +
          `may queue at the upstream's capacity`
        : prediction.formula;
  const latency = stats?.latencyMs;
  const throughput = stats?.throughputPerSec;
  return (
    <section className="run-numbers" aria-labelledby={headingId}>
      <div className="run-numbers__header">
        <h2 id={headingId} className="run-numbers__heading">
          Result
        </h2>
        <p className={`run-numbers__status run-numbers__status--${status}`} aria-live="polite">
          <span className="run-numbers__visually-hidden">Status: </span>
          <span data-testid="run-status">{status}</span>
        </p>
      </div>
      <dl className="run-numbers__figures">
        <Figure
          label="Makespan (last response)"
          testId="makespan-ms"
          value={msOrNull(makespanMs)}
          unit="ms"
          detail={gap}
        />
        <Figure
          label={lowerBound ? 'Predicted (at least)' : 'Predicted'}
          testId="predicted-ms"
          value={msOrNull(predictedMs)}
          unit="ms"
          detail={predictedDetail}
        />
        <Figure
          label="Throughput"
          testId="throughput-per-sec"
          value={throughput === null || throughput === undefined ? null : perSecText(throughput)}
          unit="req/s"
        />
        <Figure
          label="Latency p50"
          testId="latency-p50-ms"
          value={msOrNull(latency?.p50)}
          unit="ms"
        />
        <Figure
          label="Latency p95"
          testId="latency-p95-ms"
          value={msOrNull(latency?.p95)}
          unit="ms"
        />
        <Figure
          label="Latency p99"
          testId="latency-p99-ms"
          value={msOrNull(latency?.p99)}
          unit="ms"
        />
        <Figure
          label="Peak busy workers"
          testId="peak-busy-workers"
          value={stats === null ? null : String(stats.peakBusyWorkers)}
          unit={stats?.peakBusyWorkers === 1 ? 'worker' : 'workers'}
        />
      </dl>
      <p className="run-numbers__calibration">
        <span className="run-numbers__calibration-label">Engine:</span> {engineLine}
      </p>
      {notes.length === 0 ? null : (
        <div className="run-numbers__notes">
          <h3 className="run-numbers__notes-heading">Reliability notes</h3>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
