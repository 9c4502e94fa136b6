import type { FanOutModel } from '../modelContext.ts';
import type { ModelSpec } from '../modelSpec.ts';
import { batches } from './batches.ts';
import { offload } from './offload.ts';
import { promiseAll } from './promiseAll.ts';
import { sequential } from './sequential.ts';
import { throttled } from './throttled.ts';
import { workerPool } from './workerPool.ts';

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

/**
 * Whether a model's code has queued every call before any answers (a pool, a throttle,
 * Promise.all, offload), so that it still sends them all after a call fails and the request's
 * promise has rejected; a loop of awaits and batches stop sending instead. runFanOut waits for
 * the former and records the latter's unsent calls as skipped.
 */
export function sendsEveryCall(spec: ModelSpec): boolean {
  return spec.name !== 'sequential' && spec.name !== 'batches';
}
