import type { ModelName } from '../../core/modelSpec.ts';

/** How the model picker names a model: a title and one line saying what it does and where from. */
export interface ModelDescription {
  readonly title: string;
  readonly line: string;
}

/** A full record, so a new model cannot ship without its description. */
export const MODEL_DESCRIPTIONS: Readonly<Record<ModelName, ModelDescription>> = {
  sequential: {
    title: 'Sequential',
    line: 'Each call is sent when the previous one ends (await in a loop)',
  },
  'promise-all': {
    title: 'All at once',
    line: 'Every call starts at 0, then wait for all (Promise.all, asyncio.wait, gevent.joinall)',
  },
  'worker-pool': {
    title: 'Worker pool',
    line: 'At most limit calls in flight; the next starts when any ends (p-limit, ThreadPoolExecutor)',
  },
  throttled: {
    title: 'Throttled',
    line: 'Limits how often calls start, not how many run (p-queue interval, Bottleneck minTime)',
  },
  batches: {
    title: 'Batches',
    line: 'Chunks of limit calls; a chunk starts when every call of the previous one has ended',
  },
  offload: {
    title: 'Offload',
    line: 'Start every call, do local work meanwhile, then wait for all (the talk’s Tornado loop)',
  },
};
