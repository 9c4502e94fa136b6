/**
 * Style indices of the timeline's merged runs, with C = number of service colours. Each style is
 * one batch (one fillStyle) and one geometry in the row (see laneRuns' flush):
 *
 *   [0, C)            queued, per service colour          thin centred strip
 *   [C, 2C)           in flight (and ok copies), per colour full bar
 *   2C                local work                          full bar
 *   2C + 1            aborted (thin lanes)                full bar
 *   2C + 2            queued in a merged lane (neutral)   thin centred strip
 *   [2C + 3, 3C + 3)  hedge copy in flight or ok          lower half
 *   [3C + 3, 4C + 3)  backoff before a retry              dashed line on the row's middle
 *   4C + 3 ...        failure styles, below               full bar or lower half (hedge)
 *   4C + 12 ...       wire phases, below                  full bar
 *
 * Neutral queued time in merged lanes: light service colours stacked from many calls would blend
 * into mud, and a lane of 1 px cannot show whose wait it is anyway.
 */
export const queuedStyle = (colour: number): number => colour;
export const inFlightStyle = (colourCount: number, colour: number): number => colourCount + colour;
export const workStyle = (colourCount: number): number => 2 * colourCount;
export const abortedStyle = (colourCount: number): number => 2 * colourCount + 1;
export const mergedQueuedStyle = (colourCount: number): number => 2 * colourCount + 2;
export const hedgeInFlightStyle = (colourCount: number, colour: number): number =>
  2 * colourCount + 3 + colour;
export const backoffStyle = (colourCount: number, colour: number): number =>
  3 * colourCount + 3 + colour;

/** Offsets of the failure styles from 4C + 3. */
const FAILURE = {
  failedFill: 0,
  failedMark: 1,
  busyFill: 2,
  hedgeFailedFill: 3,
  hedgeFailedMark: 4,
  hedgeBusyFill: 5,
  /** Cancelled copies where lanes are too thin for an outline. */
  cancelledFill: 6,
  hedgeCancelledFill: 7,
  skippedMark: 8,
} as const;

export type FailureStyle = keyof typeof FAILURE;

export const failureStyle = (colourCount: number, style: FailureStyle): number =>
  4 * colourCount + 3 + FAILURE[style];

/**
 * A copy's wire phases (core's WirePhases) that are not the service's colour: queued in the
 * browser, connection set-up, download (waiting for the first byte is drawn as in flight).
 */
const WIRE = { queued: 0, connect: 1, download: 2 } as const;

export type WireStyle = keyof typeof WIRE;

export const wireStyle = (colourCount: number, style: WireStyle): number =>
  4 * colourCount + 3 + 9 + WIRE[style];

export const styleCount = (colourCount: number): number => 4 * colourCount + 3 + 9 + 3;

/** The failure styles drawn in the lower half of the row (a hedge's copy). */
export function isHedgeFailureStyle(colourCount: number, style: number): boolean {
  const offset = style - (4 * colourCount + 3);
  return (
    offset === FAILURE.hedgeFailedFill ||
    offset === FAILURE.hedgeFailedMark ||
    offset === FAILURE.hedgeBusyFill ||
    offset === FAILURE.hedgeCancelledFill
  );
}
