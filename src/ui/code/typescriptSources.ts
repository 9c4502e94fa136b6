import type { ModelName } from '../../core/modelSpec.ts';
// The engine's own files, as text: what the panel shows is exactly what runs (Vite's `?raw`).
// The import plugin resolves these to the .ts modules, which have no default export; `?raw`
// makes the default export the file's text (typed by vite/client).
/* oxlint-disable import/default */
import batchesSource from '../../core/models/batches.ts?raw';
import offloadSource from '../../core/models/offload.ts?raw';
import promiseAllSource from '../../core/models/promiseAll.ts?raw';
import sequentialSource from '../../core/models/sequential.ts?raw';
import throttledSource from '../../core/models/throttled.ts?raw';
import workerPoolSource from '../../core/models/workerPool.ts?raw';
import policySource from '../../core/policy/sendWithPolicy.ts?raw';

export interface TypeScriptSource {
  /** The file's path in the repository, shown as the listing's caption. */
  readonly path: string;
  readonly text: string;
}

/** Each model's source file, as the virtual and the live engine both run it. */
export const TYPESCRIPT_SOURCES: Readonly<Record<ModelName, TypeScriptSource>> = {
  sequential: { path: 'src/core/models/sequential.ts', text: sequentialSource },
  'promise-all': { path: 'src/core/models/promiseAll.ts', text: promiseAllSource },
  'worker-pool': { path: 'src/core/models/workerPool.ts', text: workerPoolSource },
  throttled: { path: 'src/core/models/throttled.ts', text: throttledSource },
  batches: { path: 'src/core/models/batches.ts', text: batchesSource },
  offload: { path: 'src/core/models/offload.ts', text: offloadSource },
};

/** The call policy every `ctx.send(i)` goes through when a run has faults or a policy. */
export const POLICY_SOURCE: TypeScriptSource = {
  path: 'src/core/policy/sendWithPolicy.ts',
  text: policySource,
};
