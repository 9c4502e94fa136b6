import { formatDuration, formatExactMs } from '../../core/format/formatDuration.ts';
import type { WirePhases } from '../../core/trace.ts';
import type { TimelineData } from './timelineData.ts';

/**
 * The wire phases of the call's copy that ended last by `nowMs` (its one copy, or the latest of
 * its copies that carries phases), or null: a run without phases, a call still out (phases are
 * known only once a copy ends, as Resource Timing knows them).
 */
export function callWire(data: TimelineData, index: number, nowMs: number): WirePhases | null {
  const copies = data.copies;
  if (copies !== undefined && copies.wire.any && copies.firstOf(index) >= 0) {
    let found: WirePhases | null = null;
    let latestEndMs = -Infinity;
    for (let k = copies.firstOf(index); k >= 0; k = copies.next[k] as number) {
      const endMs = copies.endedAtMs[k] as number;
      if (endMs > nowMs || endMs < latestEndMs || !copies.wire.has(k)) continue;
      latestEndMs = endMs;
      found = copies.wire.get(k);
    }
    return found;
  }
  if (data.wire === undefined || !data.wire.any) return null;
  return (data.endedAtMs[index] ?? Infinity) <= nowMs ? data.wire.get(index) : null;
}

/**
 * "queued in browser 500 ms · set-up 20 ms · waiting 400 ms · download 60 ms · http/1.1", as the
 * tooltip and the span table say a copy's phases; '' for none.
 */
export function wirePhasesText(wire: WirePhases | null): string {
  if (wire === null) return '';
  const parts = [
    `queued in browser ${formatDuration(wire.queuedMs)}`,
    `set-up ${formatDuration(wire.connectMs)}`,
    `waiting ${formatDuration(wire.waitingMs)}`,
    `download ${formatDuration(wire.downloadMs)}`,
  ];
  if (wire.protocol !== '') parts.push(wire.protocol);
  return parts.join(' · ');
}

/**
 * The span table's cell: the same phases in exact ms like the table's other columns (grouped,
 * to 0.001 ms), e.g. "queued 500.125 · set-up 0 · waiting 501.3 · download 0.4 · http/1.1"; ''
 * for none.
 */
export function wirePhasesCell(wire: WirePhases | null): string {
  if (wire === null) return '';
  const parts = [
    `queued ${formatExactMs(wire.queuedMs)}`,
    `set-up ${formatExactMs(wire.connectMs)}`,
    `waiting ${formatExactMs(wire.waitingMs)}`,
    `download ${formatExactMs(wire.downloadMs)}`,
  ];
  if (wire.protocol !== '') parts.push(wire.protocol);
  return parts.join(' · ');
}
