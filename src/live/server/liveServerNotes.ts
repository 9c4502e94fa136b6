import type { Millis } from '../../core/clock.ts';

/**
 * A share of the virtual makespan below which the client's own uncompensated round trip to the
 * app is not worth a note: 1%, the live engine's precision target.
 */
export const HOP_NOTE_SHARE = 0.01;

/** Late compensated upstream calls, or null when none was late. */
export function lateCallsNote(
  lateCalls: number,
  callCount: number,
  maxLateWallMs: Millis,
  timeScale: number,
): string | null {
  if (lateCalls === 0) return null;
  return (
    `${lateCalls} of ${callCount} upstream calls came back after their latency despite ` +
    `compensation (up to ${Math.round(maxLateWallMs * timeScale)} ms late in experiment time, ` +
    `${maxLateWallMs.toFixed(1)} ms on the wall clock): the mocks were slower than calibrated ` +
    '(the main thread was busy), or a latency divided by the time scale was shorter than the ' +
    "mocks' own overhead. A smaller time scale helps with both."
  );
}

/**
 * What compensation leaves in: each client request's own trip to the app and back pays the
 * mocks' overhead (`overheadWallMs`, calibrated), which the time scale multiplies into
 * experiment time. Only upstream calls can be compensated (their answers are held in the page;
 * a request's arrival at the app cannot be made earlier). Null when it is below HOP_NOTE_SHARE
 * of the run.
 */
export function appRoundTripNote(
  overheadWallMs: Millis,
  timeScale: number,
  virtualMakespanMs: Millis,
): string | null {
  const perRequestMs = overheadWallMs * timeScale;
  if (perRequestMs < HOP_NOTE_SHARE * virtualMakespanMs) return null;
  return (
    "Each request's own round trip to the mocked app is not compensated: it adds about " +
    `${Math.round(perRequestMs)} ms of experiment time to each request (the mocks' ` +
    `${overheadWallMs.toFixed(1)} ms overhead x time scale ${timeScale}). A smaller time scale ` +
    'shrinks it.'
  );
}
