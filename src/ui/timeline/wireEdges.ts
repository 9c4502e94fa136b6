import type { WireTable } from './wireTable.ts';

/**
 * The instants that split a copy's bar into its wire phases, in ms, written into `out` (5 slots,
 * reused across copies so drawing allocates nothing):
 *
 *   [out[0], out[1])  queued in the browser      [out[2], out[3])  waiting for the first byte
 *   [out[1], out[2])  connection set-up          [out[3], out[4])  download
 *
 * and [out[4], endMs) the engine's own time after the answer (reading the body). The phases follow
 * each other from the copy's start (core's WirePhases). Each edge is clamped to `endMs`, so a
 * copy that ended early (an abort) never draws a phase past its end, whatever the phases say.
 */
export function wireEdgesMs(
  wire: WireTable,
  slot: number,
  startMs: number,
  endMs: number,
  out: Float64Array,
): void {
  let atMs = startMs;
  out[0] = atMs;
  atMs = Math.min(endMs, atMs + Math.max(0, wire.queuedMs[slot] as number));
  out[1] = atMs;
  atMs = Math.min(endMs, atMs + Math.max(0, wire.connectMs[slot] as number));
  out[2] = atMs;
  atMs = Math.min(endMs, atMs + Math.max(0, wire.waitingMs[slot] as number));
  out[3] = atMs;
  atMs = Math.min(endMs, atMs + Math.max(0, wire.downloadMs[slot] as number));
  out[4] = atMs;
}
