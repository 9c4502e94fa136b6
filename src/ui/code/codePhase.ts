import type { ModelSpec } from '../../core/modelSpec.ts';
import type { CursorState } from '../replay/stateAt.ts';

/** What a model's code is waiting on at the cursor; each phase marks one line of the code. */
export type CodePhase =
  /** A call waits for a slot of the pool (a permit of the semaphore, a free thread). */
  | 'slot'
  /** A call waits for the throttle to allow its start. */
  | 'throttle'
  /** Everything sent is in flight; the code waits for responses. */
  | 'response'
  /** Local work is running on the request's own thread (offload). */
  | 'work';

/**
 * The phase of a model's code at the cursor, or null when nothing executes (before a run, or
 * after the request has returned). Derived from the counts alone, so it is the same for every
 * language the panel shows; which line it marks is each listing's business (codeMarkers.ts).
 */
export function codePhase(model: ModelSpec, state: CursorState): CodePhase | null {
  if (state.finished) return null;
  switch (model.name) {
    case 'sequential':
    case 'promise-all':
    case 'batches':
      // Calls queued here wait for the loop or the next chunk, i.e. for the calls in flight.
      return state.inFlight > 0 ? 'response' : null;
    case 'worker-pool':
      if (state.queued > 0) return 'slot';
      return state.inFlight > 0 ? 'response' : null;
    case 'throttled':
      if (state.queued > 0) {
        // A call that holds a permit but has not started is sleeping on the throttle; with every
        // permit held by a call in flight, the next one is waiting for the pool.
        return model.limit !== null && state.inFlight >= model.limit ? 'slot' : 'throttle';
      }
      return state.inFlight > 0 ? 'response' : null;
    case 'offload':
      if (state.working) return 'work';
      return state.inFlight > 0 ? 'response' : null;
  }
}

/** The panel's caption for a phase: what the highlighted line is doing, in plain words. */
export function codePhaseText(phase: CodePhase | null, state: CursorState): string {
  const queued = `${state.queued} ${state.queued === 1 ? 'call' : 'calls'} queued`;
  switch (phase) {
    case 'slot':
      return `Waiting for a free slot (${queued})`;
    case 'throttle':
      return `Waiting for the throttle to allow the next start (${queued})`;
    case 'response':
      return `Waiting for ${state.inFlight === 1 ? 'the response' : `${state.inFlight} responses`}`;
    case 'work':
      return state.inFlight > 0
        ? `Doing local work while ${state.inFlight} ${state.inFlight === 1 ? 'call is' : 'calls are'} in flight`
        : 'Doing local work; every response has arrived';
    case null:
      return state.finished && state.done > 0 ? 'The request has returned' : '';
  }
}
