import type { ModelName } from '../core/modelSpec.ts';

/**
 * One plain-language phrase per model, completing "the calls run <model>, …". Typed as a full
 * record so that a new model cannot ship without its explanation.
 */
export const MODEL_SUMMARIES: Readonly<Record<ModelName, string>> = {
  sequential: 'one after another: each call is sent when the previous one ends',
  'promise-all': 'all at once, like Promise.all',
  'worker-pool': 'through a pool: a call starts as soon as a slot is free',
  throttled: 'through a throttle that limits how often calls may start',
  batches: 'in batches: a batch starts when every call of the previous one has ended',
  offload: 'all at once while the request does its own local work',
};
