import { useId } from 'react';
import type { ServerPrediction } from '../../../core/server/predictServer.ts';
import type { ServerStats } from '../../../core/server/serverStats.ts';
import { Figure } from '../../numbers/Figure.tsx';
import { formatCount } from '../../../core/format/formatCount.ts';
import { formatDuration } from '../../../core/format/formatDuration.ts';
import { formatRate } from '../../../core/format/formatRate.ts';
import { durationFigure } from '../../numbers/durationFigure.ts';
import { makespanGap } from '../../numbers/makespanGap.ts';
import { RunNumbersFooter } from '../../numbers/RunNumbersFooter.tsx';
import { RunNumbersHeader } from '../../numbers/RunNumbersHeader.tsx';
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
  // Latencies count from when each request was due; where a closed loop's own clock (from sent)
  // reads less, say so beside the figure: that difference is coordinated omission.
  const fromSent = (due: number | undefined, sent: number | undefined): string | null =>
    due === undefined || sent === undefined || due === sent
      ? null
      : `from due; ${formatDuration(sent)} from sent (hammer.py's view)`;
  const throughput = stats?.throughputPerSec;
  return (
    <section className="run-numbers" aria-labelledby={headingId}>
      <RunNumbersHeader headingId={headingId} heading="Result" status={status} />
      <dl className="run-numbers__figures">
        <Figure
          label="Makespan (last response)"
          testId="makespan-ms"
          {...durationFigure(makespanMs)}
          detail={gap}
        />
        <Figure
          label={lowerBound ? 'Predicted (at least)' : 'Predicted'}
          testId="predicted-ms"
          {...durationFigure(predictedMs)}
          detail={predictedDetail}
        />
        <Figure
          label="Throughput"
          testId="throughput-per-sec"
          value={throughput === null || throughput === undefined ? null : formatRate(throughput)}
          exact={throughput ?? null}
          unit="req/s"
        />
        <Figure
          label="Latency p50"
          testId="latency-p50-ms"
          {...durationFigure(latency?.p50)}
          detail={fromSent(latency?.p50, stats?.latencyFromSentMs.p50)}
        />
        <Figure label="Latency p95" testId="latency-p95-ms" {...durationFigure(latency?.p95)} />
        <Figure
          label="Latency p99"
          testId="latency-p99-ms"
          {...durationFigure(latency?.p99)}
          detail={fromSent(latency?.p99, stats?.latencyFromSentMs.p99)}
        />
        <Figure
          label="Peak busy workers"
          testId="peak-busy-workers"
          value={stats === null ? null : formatCount(stats.peakBusyWorkers)}
          exact={stats?.peakBusyWorkers ?? null}
          unit={stats?.peakBusyWorkers === 1 ? 'worker' : 'workers'}
        />
      </dl>
      <RunNumbersFooter label="Engine:" text={engineLine} notes={notes} />
    </section>
  );
}
