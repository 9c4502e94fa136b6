import type { Millis } from '../clock.ts';
import type { WirePhases } from '../trace.ts';
import { slice, type CompleteEvent } from './traceEvents.ts';

/** The category of the wire phases' slices, nested in a call's or a copy's slice. */
export const WIRE_CATEGORY = 'wire';

/** The phases in the order they follow each other, named as DevTools names them. */
const PHASES = [
  ['queuedMs', 'queued in the browser'],
  ['connectMs', 'connecting'],
  ['waitingMs', 'waiting for the answer'],
  ['downloadMs', 'download'],
] as const;

/**
 * A copy's wire phases as slices from its send (`sentAtMs`), one after the other, nested in the
 * copy's slice on its track (their sum never passes the copy's end: trace.ts WirePhases). A
 * phase of 0 ms gets no slice. Each slice's args name the protocol.
 */
export function wireSlices(
  track: { readonly pid: number; readonly tid: number },
  sentAtMs: Millis,
  wire: WirePhases,
): CompleteEvent[] {
  const events: CompleteEvent[] = [];
  let atMs = sentAtMs;
  for (const [key, name] of PHASES) {
    const ms = wire[key];
    if (ms > 0) {
      const args = wire.protocol === '' ? undefined : { protocol: wire.protocol };
      events.push(slice(track, name, WIRE_CATEGORY, atMs, atMs + ms, args));
    }
    atMs += ms;
  }
  return events;
}
