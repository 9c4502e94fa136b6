import type { LanePainter } from './lanePainter.ts';
import { wireStyle } from './timelineStyles.ts';
import { wireEdgesMs } from './wireEdges.ts';
import type { WireTable } from './wireTable.ts';

/** The wire styles' indices for this frame's colour count (set by prepareWireStyles). */
const W = { queued: 0, connect: 0, download: 0 };

/** Resolves the wire style indices once per frame. */
export function prepareWireStyles(colourCount: number): void {
  W.queued = wireStyle(colourCount, 'queued');
  W.connect = wireStyle(colourCount, 'connect');
  W.download = wireStyle(colourCount, 'download');
}

// The current copy's edges (addWireSetup writes them, addWireAnswer reads them).
const edges = new Float64Array(5);

function addPart(
  painter: LanePainter,
  style: number,
  fromMs: number,
  toMs: number,
  nowMs: number,
): void {
  const clippedMs = Math.min(toMs, nowMs);
  // An empty phase (a reused connection's 0 ms set-up) draws nothing, not a 1 px sliver.
  if (clippedMs > fromMs) painter.add(style, fromMs, clippedMs);
}

/**
 * Draws the start of a copy that has wire phases (DevTools' order): its time queued in the browser
 * and its connection set-up, clipped at the cursor. Returns the instant its answer part starts
 * (the waiting phase), which the caller draws from: with addWireAnswer for a copy in flight or
 * answered, in its outcome's style otherwise. Call prepareWireStyles first (once per frame).
 */
export function addWireSetup(
  painter: LanePainter,
  wire: WireTable,
  slot: number,
  startMs: number,
  endMs: number,
  nowMs: number,
): number {
  wireEdgesMs(wire, slot, startMs, endMs, edges);
  addPart(painter, W.queued, edges[0] as number, edges[1] as number, nowMs);
  addPart(painter, W.connect, edges[1] as number, edges[2] as number, nowMs);
  return edges[2] as number;
}

/**
 * After addWireSetup for the same copy: waiting for the first byte in `inFlightStyle` (the
 * service's colour, as a copy without phases), the download in its own style, and the engine's
 * own time after the last byte (reading the body) in `inFlightStyle` again.
 */
export function addWireAnswer(
  painter: LanePainter,
  inFlightStyle: number,
  endMs: number,
  nowMs: number,
): void {
  addPart(painter, inFlightStyle, edges[2] as number, edges[3] as number, nowMs);
  addPart(painter, W.download, edges[3] as number, edges[4] as number, nowMs);
  addPart(painter, inFlightStyle, edges[4] as number, endMs, nowMs);
}
