import { createModel } from '../src/core/models/createModel.ts';
import type { ModelContext } from '../src/core/modelContext.ts';
import type { ModelSpec } from '../src/core/modelSpec.ts';

/**
 * The model's own code with no engine under it (issue 16's second reference, beside the
 * discrete-event floor): the same async model the engine runs, given a context whose every send,
 * wait and sleep answers at once, on a clock that stays at 0. What is left is the model's own
 * promises: a pool's million queued calls, their semaphore, Promise.all over them. The engine's
 * time over this is what the virtual clock, the transport and the recording add.
 */
export async function runModelAlone(spec: ModelSpec, callCount: number): Promise<void> {
  const answered = (): Promise<void> => Promise.resolve();
  const ctx: ModelContext = {
    clock: { now: () => 0, sleep: answered },
    callCount,
    send: answered,
    cancelled: () => false,
    waitForTurn: answered,
    work: answered,
  };
  await createModel(spec)(ctx);
}
