import type { ModelSpec, ThrottleSpec } from '../../core/modelSpec.ts';
import { formatDuration } from '../../core/format/formatDuration.ts';
import { MODEL_DESCRIPTIONS } from './modelDescriptions.ts';

/** A lane's heading: the model's title (as the Fan-out lab's picker names it) and its settings. */
export interface ModelWords {
  readonly title: string;
  /** The parameters in words ("limit 2"), or null for a model without any. */
  readonly parameters: string | null;
}

function throttleInWords(throttle: ThrottleSpec): string {
  switch (throttle.kind) {
    case 'sliding':
      return `sliding window, ${plural(throttle.cap, 'start')} in any ${formatDuration(throttle.windowMs)}`;
    case 'fixed':
      return `fixed window, ${plural(throttle.cap, 'start')} per ${formatDuration(throttle.windowMs)}`;
    case 'spacing':
      return `spacing, starts ${formatDuration(throttle.minTimeMs)} apart`;
    case 'bucket':
      return (
        `token bucket of ${plural(throttle.burst, 'token')}, ` +
        `refilled at ${throttle.ratePerSec} per second`
      );
  }
}

function plural(count: number, one: string): string {
  return `${count} ${count === 1 ? one : `${one}s`}`;
}

/** What a model does with these parameters, short enough for a heading on a projector. */
export function modelWords(spec: ModelSpec): ModelWords {
  const title = MODEL_DESCRIPTIONS[spec.name].title;
  switch (spec.name) {
    case 'sequential':
    case 'promise-all':
      return { title, parameters: null };
    case 'worker-pool':
      return { title, parameters: `limit ${spec.limit}` };
    case 'batches':
      return { title, parameters: `${plural(spec.limit, 'call')} per batch` };
    case 'offload':
      return { title, parameters: `${formatDuration(spec.workMs)} of local work` };
    case 'throttled':
      return {
        title,
        parameters:
          throttleInWords(spec.throttle) +
          (spec.limit === null ? '' : `, limit ${spec.limit} in flight`),
      };
  }
}

/** The heading as one phrase: "Worker pool, limit 2"; "Sequential". */
export function modelInWords(spec: ModelSpec): string {
  const { title, parameters } = modelWords(spec);
  return parameters === null ? title : `${title}, ${parameters}`;
}
