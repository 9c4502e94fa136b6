import { formatMs } from '../numbers/formatMs.ts';
import type { CursorState } from './stateAt.ts';

const calls = (count: number): string => `${count} ${count === 1 ? 'call' : 'calls'}`;

/**
 * The replay cursor in one sentence, e.g. "At 200 ms: 1 call done, 2 in flight, 1 queued".
 * Phases with nothing in them are left out, except "done", which anchors the sentence; at the
 * end it names the makespan, the figure the whole run is about.
 */
export function cursorStateText(state: CursorState): string {
  const parts = [`${calls(state.done)} done`];
  if (state.inFlight > 0) parts.push(`${state.inFlight} in flight`);
  if (state.queued > 0) parts.push(`${state.queued} queued`);
  if (state.notReady > 0) parts.push(`${state.notReady} not ready`);
  if (state.skipped > 0) parts.push(`${state.skipped} skipped`);
  if (state.working) parts.push('local work running');
  const head = `At ${formatMs(state.nowMs)} ms: ${parts.join(', ')}`;
  return state.finished ? `${head}; makespan ${formatMs(state.makespanSoFarMs)} ms` : head;
}
