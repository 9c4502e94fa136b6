import { memo, useId } from 'react';
import type { EngineName } from '../../../core/scenario.ts';
import type { Palette } from '../../palette.ts';
import { FailureLegend, TimelineCanvas, WireLegend } from '../../timeline/index.ts';
import type { CompareLane as Lane } from './compareSnapshot.ts';
import { laneResult } from './laneResult.ts';
import { overProtocol } from './protocolWords.ts';
import { modelInWords, modelWords } from '../../controls/modelInWords.ts';

export interface CompareLaneProps {
  readonly lane: Lane;
  readonly engine: EngineName;
  /** The shared time axis and label column: the same for every lane, so their axes line up. */
  readonly axisEndMs: number;
  readonly labelWidthPx: number;
  readonly palette: Palette;
}

/** One model's lane group: its heading (model, parameters, makespan) over its timeline. */
function CompareLaneView({ lane, engine, axisEndMs, labelWidthPx, palette }: CompareLaneProps) {
  const headingId = useId();
  const { title, parameters } = modelWords(lane.spec);
  const result = laneResult(lane, engine);
  // Only a live lane's events change its data in place; cursor moves leave the keys alone.
  const legendVersion = engine === 'live' && lane.state === 'running' ? lane.version : 0;
  return (
    <section
      className={`compare-lane compare-lane--${lane.state}`}
      aria-labelledby={headingId}
      data-testid="compare-lane"
      data-model={lane.model}
      data-protocol={lane.protocol ?? undefined}
      data-state={lane.state}
    >
      <div className="compare-lane__header">
        <h3
          id={headingId}
          className="compare-lane__title"
          title={parameters === null ? title : `${title}, ${parameters}`}
        >
          {title}
          {parameters === null ? null : (
            <span className="compare-lane__parameters">, {parameters}</span>
          )}
          {overProtocol(lane.protocol)}
        </h3>
        <p className="compare-lane__result">
          {result.figure === null ? null : (
            <strong className="compare-lane__figure">{result.figure}</strong>
          )}
          <span className="compare-lane__detail">{result.detail}</span>
        </p>
      </div>
      <TimelineCanvas
        data={lane.data}
        nowMs={lane.nowMs}
        axisEndMs={axisEndMs}
        predictedMakespanMs={lane.predictedMakespanMs}
        palette={palette}
        version={lane.version}
        label={`Timeline of ${modelInWords(lane.spec)}${overProtocol(lane.protocol)} (${engine})`}
        labelWidthPx={labelWidthPx}
      />
      <FailureLegend data={lane.data} version={legendVersion} palette={palette} />
      <WireLegend data={lane.data} version={legendVersion} palette={palette} />
    </section>
  );
}

/** Memoised: a live run replaces one lane at a time, and only that lane's canvas redraws. */
export const CompareLane = memo(CompareLaneView);
