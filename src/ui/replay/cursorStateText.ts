import { countOf, formatCount } from '../../core/format/formatCount.ts';
import { formatDuration } from '../../core/format/formatDuration.ts';
import type { CursorState } from './stateAt.ts';

/**
 * The replay cursor in one sentence, e.g. "At 200 ms: 1 call done, 2 in flight, 1 queued".
 * Phases with nothing in them are left out, except "done", which anchors the sentence; at the
 * end it names the makespan, the figure the whole run is about.
 */
export function cursorStateText(state: CursorState): string {
  const parts = [`${countOf(state.done, 'call', 'calls')} done`];
  if (state.inFlight > 0) parts.push(`${formatCount(state.inFlight)} in flight`);
  if (state.queued > 0) parts.push(`${formatCount(state.queued)} queued`);
  if (state.notReady > 0) parts.push(`${formatCount(state.notReady)} not ready`);
  if (state.skipped > 0) parts.push(`${formatCount(state.skipped)} skipped`);
  if (state.working) parts.push('local work running');
  const head = `At ${formatDuration(state.nowMs)}: ${parts.join(', ')}`;
  return state.finished ? `${head}; makespan ${formatDuration(state.makespanSoFarMs)}` : head;
}
