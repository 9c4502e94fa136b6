import { useId, useMemo, useState } from 'react';
import { formatCount } from '../../../../core/format/formatCount.ts';
import { formatDuration } from '../../../../core/format/formatDuration.ts';
import type { ServerTrace } from '../../../../core/server/serverTrace.ts';
import type { Palette } from '../../../palette.ts';
import { TimelineCanvas } from '../../../timeline/index.ts';
import { requestCallsData } from './requestCallsData.ts';

export interface RequestCallsProps {
  readonly trace: ServerTrace;
  /** The run's cursor, on the run's clock. */
  readonly nowMs: number;
  readonly palette: Palette;
}

/** One request expanded: the fan-out its handler ran, drawn like the Fan-out lab draws calls. */
export function RequestCalls({ trace, nowMs, palette }: RequestCallsProps) {
  const inputId = useId();
  const [requestNumber, setRequestNumber] = useState(1);
  const count = trace.requests.length;
  const index = Math.min(Math.max(1, requestNumber), count) - 1;
  const expanded = useMemo(() => requestCallsData(trace, index), [trace, index]);
  if (expanded === null) return null;
  return (
    <section className="request-calls" aria-label="One request's calls">
      <div className="request-calls__header">
        <label htmlFor={inputId}>Calls of request #</label>
        <input
          id={inputId}
          className="field__input request-calls__input"
          type="number"
          min={1}
          max={count}
          value={index + 1}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (Number.isInteger(value)) setRequestNumber(value);
          }}
          data-testid="request-calls-index"
        />
        <span className="request-calls__note">
          of {formatCount(count)}; times from the moment a worker took it (at{' '}
          {formatDuration(Math.round(expanded.offsetMs))}),
          {` ${formatDuration(Math.round(expanded.durationMs))}`} until its response
        </span>
      </div>
      <TimelineCanvas
        data={expanded.data}
        nowMs={nowMs - expanded.offsetMs}
        axisEndMs={expanded.durationMs}
        predictedMakespanMs={null}
        palette={palette}
        version={index}
        label={`Calls of request ${index + 1}`}
      />
    </section>
  );
}
