import type { FanOutModel, ModelShape } from '../modelContext.ts';
import type { ModelName, ModelSpec } from '../modelSpec.ts';
import { batches, shape as batchesShape } from './batches.ts';
import { offload, shape as offloadShape } from './offload.ts';
import { promiseAll, shape as promiseAllShape } from './promiseAll.ts';
import { sequential, shape as sequentialShape } from './sequential.ts';
import { throttled, shape as throttledShape } from './throttled.ts';
import { workerPool, shape as workerPoolShape } from './workerPool.ts';

/** The runnable code of a model spec. Both engines run exactly this code. */
export function createModel(spec: ModelSpec): FanOutModel {
  switch (spec.name) {
    case 'sequential':
      return sequential;
    case 'promise-all':
      return promiseAll;
    case 'worker-pool':
      return workerPool(spec.limit);
    case 'batches':
      return batches(spec.limit);
    case 'throttled':
      return throttled(spec.throttle, spec.limit);
    case 'offload':
      return offload(spec.workMs);
  }
}

/** The shape each model's file declares beside its code. */
const SHAPES: Readonly<Record<ModelName, ModelShape>> = {
  sequential: sequentialShape,
  'promise-all': promiseAllShape,
  'worker-pool': workerPoolShape,
  batches: batchesShape,
  throttled: throttledShape,
  offload: offloadShape,
};

/**
 * Whether a model's code has queued every call before any answers (its shape is `fan-out`), so
 * that it still sends them all after a call fails and the request's promise has rejected; a
 * model of `steps` stops sending instead. runFanOut waits for the former and records the
 * latter's unsent calls as skipped.
 */
export function sendsEveryCall(spec: ModelSpec): boolean {
  return SHAPES[spec.name] === 'fan-out';
}
